package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eksaath.genderhub.cases.CaseStatus;
import org.eksaath.genderhub.cases.Consent;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.cases.SlaDeadline;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/** What the case API answers. Survivor details are not part of it. */
final class CaseViews {

	private CaseViews() {
	}

	record CaseView(UUID id, String reference, PlaceRef place, IncidentType incidentType, IncidentSubType subType,
			RiskLevel riskLevel, boolean child, Consent consentForReferral, Consent consentForWomensGroups, Tier tier,
			CaseStatus status, String owner, int escalationCount, boolean immediateDangerRaised, Instant openedAt,
			Instant triagedAt, Instant resolvedAt, Instant closedAt, List<AlertView> alerts,
			List<ReferralView> referrals, List<TimelineView> timeline, List<ProblemView> openProblems,
			List<SlaDeadline> deadlines) {
	}

	record AlertView(String alertId, String sourceRef, Instant receivedAt) {
	}

	record ReferralView(UUID id, long providerId, String status, Instant requestedAt, Instant acknowledgeBy,
			Instant answeredAt, String note) {
	}

	record TimelineView(Instant at, String actor, Tier tier, String what, String detail) {
	}

	record ProblemView(Instant raisedAt, String problem) {
	}

	record ProviderSuggestion(List<ProviderCategory> categories, List<SuggestedProvider> providers) {
	}

	record SuggestedProvider(long id, String code, String name, ProviderCategory category) {
	}

}
