package org.eksaath.genderhub.cases;

/** A case is in immediate danger: police and district officials are told at once. */
public record ImmediateDangerRaised(CaseSnapshot snapshot) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/immediate-danger";
	}

}
