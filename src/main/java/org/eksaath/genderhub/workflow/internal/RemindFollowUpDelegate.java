package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/**
 * Reminds the hub coordinators of a case still in follow-up, at the SLA policy's
 * follow-up interval, with the time of the next reminder.
 */
@Component("remindFollowUpDelegate")
class RemindFollowUpDelegate implements JavaDelegate {

	private final CaseSteps steps;

	RemindFollowUpDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.followUpDue(ProcessVariables.caseId(execution),
				ProcessVariables.after(execution, ProcessVariables.FOLLOW_UP_INTERVAL).toInstant());
	}

}
