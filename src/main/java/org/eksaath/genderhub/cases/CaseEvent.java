package org.eksaath.genderhub.cases;

/**
 * Something that happened to a case and that people may need to hear about. Published
 * inside the transaction that decided it, so a listener that records work in the same
 * transaction loses nothing.
 */
public sealed interface CaseEvent permits CaseOpened, ReferralRequested, CaseEscalated, EscalationReminderDue,
		CaseHandedBack, FollowUpDue, HelpOnTheWay, ImmediateDangerRaised, CaseClosed {

	CaseSnapshot snapshot();

	/**
	 * Identifies the decision, not the delivery: the same decision taken again (a retried
	 * step) has the same key, a new decision a new one. Listeners use it to act once.
	 */
	String decisionKey();

}
