package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/** Reminds the state officials who have not acted on an escalated case. */
@Component("remindStateDelegate")
class RemindStateDelegate implements JavaDelegate {

	private final CaseSteps steps;

	RemindStateDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.remind(ProcessVariables.caseId(execution),
				ProcessVariables.after(execution, ProcessVariables.REMINDER_INTERVAL).toInstant());
	}

}
