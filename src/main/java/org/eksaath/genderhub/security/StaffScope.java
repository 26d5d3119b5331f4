package org.eksaath.genderhub.security;

import java.util.Optional;

/**
 * Who is signed in and which jurisdiction they hold, for reads that are not about one
 * case (the alerts waiting for a coordinator). Reads of a case go through
 * {@link CaseAccess}.
 */
public interface StaffScope {

	/** The signed-in staff member, or empty when nobody is. */
	Optional<Staff> current();

	/**
	 * A signed-in staff member.
	 *
	 * @param username their sign-in name
	 * @param role what they do
	 * @param jurisdiction the code of their hub, district, state or provider; null for an
	 * administrator
	 */
	record Staff(String username, Role role, String jurisdiction) {

	}

}
