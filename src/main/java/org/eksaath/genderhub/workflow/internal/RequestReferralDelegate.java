package org.eksaath.genderhub.workflow.internal;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;

/** Refers the case to one provider and starts its acknowledgement clock. */
@Component("requestReferralDelegate")
class RequestReferralDelegate implements JavaDelegate {

	private final CaseSteps steps;

	RequestReferralDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date ackDue = ProcessVariables.after(execution, ProcessVariables.ACK_SLA);
		// Local to this provider's referral: each one has its own clock.
		execution.setVariableLocal(ProcessVariables.ACK_DUE, ackDue);
		long providerId = ((Number) execution.getVariable(ProcessVariables.PROVIDER_ID)).longValue();
		this.steps.referralRequested(ProcessVariables.caseId(execution), providerId, ackDue.toInstant());
	}

}
