package org.eksaath.genderhub.cases;

import java.time.Instant;

/**
 * A triaged case is still open in follow-up when the SLA policy's follow-up interval has
 * passed: the hub coordinators must check on it with the providers and the survivor, and
 * resolve it when it is done.
 *
 * @param reminderNumber counts the reminders of this case from 1
 * @param nextReminder when they will be reminded again, should it stay open
 */
public record FollowUpDue(CaseSnapshot snapshot, int reminderNumber, Instant nextReminder) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/follow-up/" + this.reminderNumber;
	}

}
