package org.eksaath.genderhub.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.eksaath.genderhub.shared.Tier;

/**
 * What the response workflow records on a case when one of its steps runs. Each method
 * joins the workflow's transaction, writes the timeline and publishes the matching
 * {@link CaseEvent} in it. Methods are safe to call again for the same decision.
 */
public interface CaseSteps {

	/** The case is registered and waits for triage until {@code triageBy}. */
	void opened(UUID caseId, Instant triageBy);

	/** Triage has a new deadline (after the officials of a higher tier acted). */
	void triageClockRestarted(UUID caseId, Instant triageBy);

	/** Police and district officials must be told at once; happens once per case. */
	void immediateDanger(UUID caseId);

	/** The case is referred to one provider, who must acknowledge by the deadline. */
	void referralRequested(UUID caseId, long providerId, Instant acknowledgeBy);

	/** The provider did not answer a referral in time. */
	void referralTimedOut(UUID caseId, long providerId);

	/**
	 * Moves a case one tier up.
	 * @param request what is late, who asks and the deadlines of each tier
	 * @return the tier whose officials must now act, or empty when nothing is to be done
	 * because the case is already with higher officials
	 */
	Optional<Tier> escalate(EscalationRequest request);

	/** The officials at the top tier have not acted: remind them. */
	void remind(UUID caseId, Instant respondBy);

	/**
	 * A case in follow-up is not resolved yet: remind the hub coordinators to check on
	 * it. Does nothing once the case is resolved or closed.
	 * @param nextReminder when they will be reminded again, should it stay open
	 */
	void followUpDue(UUID caseId, Instant nextReminder);

	/**
	 * Hands a case back down from the given tier; does nothing when the case is no longer
	 * at that tier.
	 * @param districtRespondBy the district officials' new deadline, should the case land
	 * with them
	 * @return the tier the case is at now, or empty when nothing changed
	 */
	Optional<Tier> deEscalate(UUID caseId, Tier from, String reason, String actor, Instant districtRespondBy);

	/** The case is closed. */
	void closed(UUID caseId);

	/**
	 * Asks for an escalation.
	 *
	 * @param caseId the case
	 * @param from the tier the escalation started from, or null for a new escalation
	 * (which does nothing while the case is already escalated, unless by hand)
	 * @param automatic whether a timer asked for it
	 * @param reason why, in plain words
	 * @param actor who asked, or {@code system}
	 * @param districtRespondBy deadline for district officials
	 * @param stateRespondBy deadline for state officials
	 */
	record EscalationRequest(UUID caseId, Tier from, boolean automatic, String reason, String actor,
			Instant districtRespondBy, Instant stateRespondBy) {
	}

}
