package org.eksaath.genderhub.security;

import java.util.EnumSet;
import java.util.Set;

/** What somebody does with a case; each action names the roles that may take it. */
public enum CaseAction {

	READ(Role.COORDINATOR, Role.DISTRICT_OFFICIAL, Role.STATE_OFFICIAL, Role.PROVIDER, Role.ADMIN),

	READ_SURVIVOR(Role.COORDINATOR, Role.DISTRICT_OFFICIAL, Role.STATE_OFFICIAL, Role.PROVIDER, Role.ADMIN),

	TRIAGE(Role.COORDINATOR, Role.ADMIN),

	ANSWER_REFERRAL(Role.PROVIDER, Role.COORDINATOR, Role.ADMIN),

	ESCALATE(Role.COORDINATOR, Role.DISTRICT_OFFICIAL, Role.STATE_OFFICIAL, Role.ADMIN),

	DE_ESCALATE(Role.DISTRICT_OFFICIAL, Role.STATE_OFFICIAL, Role.ADMIN),

	OFFICIALS_ACTED(Role.DISTRICT_OFFICIAL, Role.STATE_OFFICIAL, Role.ADMIN),

	RESOLVE(Role.COORDINATOR, Role.ADMIN),

	CLOSE(Role.COORDINATOR, Role.ADMIN),

	EXPORT(Role.ADMIN);

	private final Set<Role> roles;

	CaseAction(Role first, Role... rest) {
		this.roles = EnumSet.of(first, rest);
	}

	public boolean allows(Role role) {
		return this.roles.contains(role);
	}

}
