package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/** Marks a referral whose provider did not answer in time. */
@Component("referralTimedOutDelegate")
class ReferralTimedOutDelegate implements JavaDelegate {

	private final CaseSteps steps;

	ReferralTimedOutDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long providerId = ((Number) execution.getVariable(ProcessVariables.PROVIDER_ID)).longValue();
		this.steps.referralTimedOut(ProcessVariables.caseId(execution), providerId);
	}

}
