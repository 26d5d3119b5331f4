package org.eksaath.genderhub.security;

import java.util.Set;
import java.util.UUID;

import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * What the jurisdiction check needs to know about a case: no survivor data.
 *
 * @param caseId the case
 * @param place where it happened
 * @param tier the tier it is at now
 * @param everEscalated whether it ever left the community tier
 * @param referredProviderIds providers it was referred to
 * @param saathiId the Saathi who raised it, or null
 */
public record CaseScope(UUID caseId, PlaceRef place, Tier tier, boolean everEscalated, Set<Long> referredProviderIds,
		Long saathiId) {

	public CaseScope {
		referredProviderIds = Set.copyOf(referredProviderIds);
	}

}
