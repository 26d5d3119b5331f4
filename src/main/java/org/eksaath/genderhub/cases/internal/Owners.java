package org.eksaath.genderhub.cases.internal;

import org.eksaath.genderhub.shared.Tier;

/**
 * Names of the groups that own a case at each tier. The process models use the same names
 * as candidate groups of their user tasks.
 */
final class Owners {

	private Owners() {
	}

	static String coordinators(String hubCode) {
		return "hub-coordinators-" + hubCode;
	}

	static String forTier(Tier tier, CaseRecord kase) {
		return switch (tier) {
			case COMMUNITY -> kase.coordinatorGroup();
			case DISTRICT -> "district-officials-" + kase.place().districtCode();
			case STATE -> "state-officials-" + kase.place().stateCode();
		};
	}

}
