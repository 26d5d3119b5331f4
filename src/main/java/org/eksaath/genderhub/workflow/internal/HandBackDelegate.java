package org.eksaath.genderhub.workflow.internal;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;
import org.eksaath.genderhub.shared.Tier;

/**
 * Hands an escalated case back down one tier, as a person asked. When it lands with the
 * district officials, they get a new deadline from the SLA policy and the escalation
 * waits for them again.
 */
@Component("handBackDelegate")
class HandBackDelegate implements JavaDelegate {

	private final CaseSteps steps;

	HandBackDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Tier from = Tier.valueOf(ProcessVariables.string(execution, ProcessVariables.ESCALATED_TO));
		Date districtBy = ProcessVariables.after(execution, ProcessVariables.DISTRICT_SLA);
		Optional<Tier> now = this.steps.deEscalate(ProcessVariables.caseId(execution), from,
				ProcessVariables.string(execution, ProcessVariables.HAND_BACK_REASON),
				ProcessVariables.string(execution, ProcessVariables.HAND_BACK_ACTOR), districtBy.toInstant());
		// The tier the escalation has reached now: the model waits for the
		// district again, or ends at the community tier (or when nothing changed).
		execution.setVariable(ProcessVariables.ESCALATED_TO, now.map(Tier::name).orElse(ProcessVariables.NONE));
		if (now.orElse(null) == Tier.DISTRICT) {
			execution.setVariable(ProcessVariables.RESPOND_BY, districtBy);
		}
	}

}
