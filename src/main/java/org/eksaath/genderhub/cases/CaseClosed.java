package org.eksaath.genderhub.cases;

/** A case was closed: the Saathi who raised it hears so. */
public record CaseClosed(CaseSnapshot snapshot) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/closed";
	}

}
