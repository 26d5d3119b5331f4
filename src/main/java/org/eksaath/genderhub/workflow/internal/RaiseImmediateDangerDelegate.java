package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/**
 * Tells police and district officials at once (through the ImmediateDangerRaised event).
 */
@Component("raiseImmediateDangerDelegate")
class RaiseImmediateDangerDelegate implements JavaDelegate {

	private final CaseSteps steps;

	RaiseImmediateDangerDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.immediateDanger(ProcessVariables.caseId(execution));
	}

}
