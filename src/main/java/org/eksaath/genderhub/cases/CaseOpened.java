package org.eksaath.genderhub.cases;

/**
 * A new case waits for triage: the Saathi gets a receipt, the hub coordinators are told.
 */
public record CaseOpened(CaseSnapshot snapshot, java.time.Instant triageBy) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/opened";
	}

}
