package org.eksaath.genderhub.cases;

import java.time.Instant;

import org.eksaath.genderhub.shared.Tier;

/**
 * A case moved up a tier, by a timer or by a person; the responders of the new tier must
 * act by the deadline.
 *
 * @param escalationNumber counts escalations of this case from 1, so a case that is
 * escalated, de-escalated and escalated again tells people again
 */
public record CaseEscalated(CaseSnapshot snapshot, Tier from, Tier to, boolean automatic, Instant respondBy,
		int escalationNumber) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/escalated/" + this.escalationNumber;
	}

}
