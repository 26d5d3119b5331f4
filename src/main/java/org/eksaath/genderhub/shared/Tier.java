package org.eksaath.genderhub.shared;

import java.util.Optional;

/** The three tiers of response. A case climbs one tier at a time. */
public enum Tier {

	COMMUNITY, DISTRICT, STATE;

	/** The tier above this one, or empty at the top. */
	public Optional<Tier> above() {
		return (this == STATE) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** The tier below this one, or empty at the bottom. */
	public Optional<Tier> below() {
		return (this == COMMUNITY) ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

}
