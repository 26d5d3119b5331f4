package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/** Closes the case; the Saathi who raised it hears so. */
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

	private final CaseSteps steps;

	CloseCaseDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.closed(ProcessVariables.caseId(execution));
	}

}
