package org.eksaath.genderhub.cases;

import java.util.UUID;

import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * What may be said about a case outside it: no survivor details, ever.
 *
 * @param caseId internal id
 * @param reference short reference to read aloud or type on a basic phone
 * @param incidentType core type, or null before triage
 * @param subType India-specific sub-type, or null
 * @param riskLevel risk level, or null before triage
 * @param child whether the survivor is a child
 * @param tier current tier
 * @param place where it happened
 * @param saathiId directory id of the Saathi who raised it, or null
 */
public record CaseSnapshot(UUID caseId, String reference, IncidentType incidentType, IncidentSubType subType,
		RiskLevel riskLevel, boolean child, Tier tier, PlaceRef place, Long saathiId) {
}
