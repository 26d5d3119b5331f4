package org.eksaath.genderhub.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseSteps;
import org.eksaath.genderhub.cases.CaseSteps.EscalationRequest;
import org.eksaath.genderhub.shared.Tier;

/**
 * Moves the case up one tier and sets the clock of the tier it reaches. Used by every
 * "move up" step of the tier escalation: the first one asks for a new escalation, the
 * later ones continue from the tier reached so far.
 */
@Component("escalateCaseDelegate")
class EscalateCaseDelegate implements JavaDelegate {

	/**
	 * Local input of a "move up" step that a person asked for (the step's own parameter
	 * in the model).
	 */
	static final String BY_HAND = "byHand";

	private final CaseSteps steps;

	EscalateCaseDelegate(CaseSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// A person escalating while the officials have the case: a new escalation
		// from the tier the case is at, with that person's reason.
		boolean byHand = Boolean.TRUE.equals(execution.getVariableLocal(BY_HAND));
		String reached = byHand ? null : ProcessVariables.string(execution, ProcessVariables.ESCALATED_TO);
		Tier from = (reached == null || ProcessVariables.NONE.equals(reached)) ? null : Tier.valueOf(reached);
		boolean automatic = !byHand && !Boolean.FALSE.equals(execution.getVariable(ProcessVariables.AUTOMATIC));
		String reason = ProcessVariables.string(execution, ProcessVariables.ESCALATION_REASON);
		if (from != null) {
			reason = "The " + from + " officials did not act in time";
		}
		String actor = ProcessVariables.string(execution, ProcessVariables.ESCALATION_ACTOR);
		Date districtBy = ProcessVariables.after(execution, ProcessVariables.DISTRICT_SLA);
		Date stateBy = ProcessVariables.after(execution, ProcessVariables.STATE_SLA);
		Tier to = this.steps
			.escalate(new EscalationRequest(ProcessVariables.caseId(execution), from, automatic || from != null,
					(reason != null) ? reason : "Escalated", (actor != null && from == null) ? actor : "system",
					districtBy.toInstant(), stateBy.toInstant()))
			.orElse(null);
		execution.setVariable(ProcessVariables.ESCALATED_TO, (to != null) ? to.name() : ProcessVariables.NONE);
		if (to == Tier.DISTRICT) {
			execution.setVariable(ProcessVariables.RESPOND_BY, districtBy);
		}
		else if (to == Tier.STATE) {
			execution.setVariable(ProcessVariables.RESPOND_BY, stateBy);
			// First reminder when the state's own deadline passes, then at the policy's
			// interval until somebody acts.
			Duration interval = Duration.parse(ProcessVariables.string(execution, ProcessVariables.REMINDER_INTERVAL));
			Instant first = stateBy.toInstant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
			execution.setVariable(ProcessVariables.REMINDER_CYCLE, "R/" + first + "/" + interval);
		}
	}

}
