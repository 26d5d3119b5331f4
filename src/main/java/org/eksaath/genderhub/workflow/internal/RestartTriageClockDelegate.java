package org.eksaath.genderhub.workflow.internal;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/** Gives triage a new deadline after the officials of a higher tier acted. */
@Component("restartTriageClockDelegate")
class RestartTriageClockDelegate implements JavaDelegate {

	private final CaseSteps steps;

	RestartTriageClockDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date triageDue = ProcessVariables.after(execution, ProcessVariables.TRIAGE_SLA);
		execution.setVariable(ProcessVariables.TRIAGE_DUE, triageDue);
		this.steps.triageClockRestarted(ProcessVariables.caseId(execution), triageDue.toInstant());
	}

}
