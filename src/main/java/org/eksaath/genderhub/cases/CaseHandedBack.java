package org.eksaath.genderhub.cases;

import java.time.Instant;

import org.eksaath.genderhub.shared.Tier;

/**
 * Officials handed a case back down a tier. When it lands with the district officials
 * (the state handed it back) they must act again by {@code respondBy}; when it lands at
 * the community tier the coordinators' own steps and clocks go on, and {@code respondBy}
 * is null.
 *
 * @param escalationNumber the case's escalation count when it was handed back, so that a
 * case escalated and handed back again tells people again
 */
public record CaseHandedBack(CaseSnapshot snapshot, Tier from, Tier to, Instant respondBy,
		int escalationNumber) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/escalated/" + this.escalationNumber + "/handed-back-from/" + this.from;
	}

}
