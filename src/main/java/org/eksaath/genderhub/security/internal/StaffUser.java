package org.eksaath.genderhub.security.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import org.eksaath.genderhub.security.Role;

/** A signed-in staff member with a role and a jurisdiction. */
class StaffUser extends User {

	private final Role role;

	private final String jurisdiction;

	StaffUser(StaffAccount account) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.role().authority())));
		this.role = account.role();
		this.jurisdiction = account.jurisdiction();
	}

	Role role() {
		return this.role;
	}

	String jurisdiction() {
		return this.jurisdiction;
	}

}
