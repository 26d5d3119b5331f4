package org.eksaath.genderhub.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Tier;

/**
 * The port through which cases drive the response workflow (implemented by the
 * {@code workflow} module). Every method joins the caller's transaction and throws
 * {@link CaseActionNotAllowed} when the workflow is not waiting for that action.
 */
public interface CaseWorkflow {

	/** Starts the response for a new case: SLA clock, triage, immediate danger. */
	void start(CaseSnapshot snapshot, String coordinatorGroup);

	/** The case was triaged: refer it to the given providers. */
	void triaged(UUID caseId, RiskLevel riskLevel, List<Long> providerIds);

	/** A provider answered a referral. */
	void referralAnswered(UUID caseId, long providerId, boolean acknowledged);

	/** A person escalated the case by hand. */
	void escalateByHand(UUID caseId, String reason, String actor);

	/** A person handed the case back down from the tier it is at. */
	void deEscalateByHand(UUID caseId, Tier from, String reason, String actor);

	/** The officials of the tier the case is escalated to have acted. */
	void officialsActed(UUID caseId, String actor);

	/** The follow-up is done. */
	void resolved(UUID caseId);

	/** The case may be closed. */
	void closed(UUID caseId);

	/** The clocks running on the case, earliest first. */
	List<SlaDeadline> deadlines(UUID caseId);

	/** Provider categories the routing policy suggests for a case. */
	Set<ProviderCategory> suggestedCategories(IncidentType incidentType, RiskLevel riskLevel, boolean child);

}
