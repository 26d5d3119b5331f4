package org.eksaath.genderhub.security;

/** What a staff member does; decides which endpoints and which cases they reach. */
public enum Role {

	SAATHI, COORDINATOR, DISTRICT_OFFICIAL, STATE_OFFICIAL, PROVIDER, ADMIN;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
