package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;
import org.eksaath.genderhub.shared.Tier;

/** Hands an escalated case back down one tier, as a person asked. */
@Component("handBackDelegate")
class HandBackDelegate implements JavaDelegate {

	private final CaseSteps steps;

	HandBackDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Tier from = Tier.valueOf(ProcessVariables.string(execution, ProcessVariables.ESCALATED_TO));
		this.steps.deEscalate(ProcessVariables.caseId(execution), from,
				ProcessVariables.string(execution, ProcessVariables.HAND_BACK_REASON),
				ProcessVariables.string(execution, ProcessVariables.HAND_BACK_ACTOR));
	}

}
