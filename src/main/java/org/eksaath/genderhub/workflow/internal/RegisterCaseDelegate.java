package org.eksaath.genderhub.workflow.internal;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/** Starts the triage clock and records that the case waits for triage. */
@Component("registerCaseDelegate")
class RegisterCaseDelegate implements JavaDelegate {

	private final CaseSteps steps;

	RegisterCaseDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date triageDue = ProcessVariables.after(execution, ProcessVariables.TRIAGE_SLA);
		execution.setVariable(ProcessVariables.TRIAGE_DUE, triageDue);
		this.steps.opened(ProcessVariables.caseId(execution), triageDue.toInstant());
	}

}
