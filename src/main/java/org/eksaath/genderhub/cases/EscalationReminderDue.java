package org.eksaath.genderhub.cases;

import java.time.Instant;

import org.eksaath.genderhub.shared.Tier;

/** The tier at the top has not acted: remind its responders. */
public record EscalationReminderDue(CaseSnapshot snapshot, Tier tier, int escalationNumber, int reminderNumber,
		Instant respondBy) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/escalated/" + this.escalationNumber + "/reminder/" + this.reminderNumber;
	}

}
