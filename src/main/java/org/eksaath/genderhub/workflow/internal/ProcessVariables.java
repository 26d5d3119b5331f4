package org.eksaath.genderhub.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Names of the process variables and how to read them. They hold ids and codes only,
 * never personal data.
 */
final class ProcessVariables {

	static final String CASE_ID = "caseId";

	static final String RISK_LEVEL = "riskLevel";

	static final String OPENED_RISK_LEVEL = "openedRiskLevel";

	static final String CHILD = "child";

	static final String STATE_CODE = "stateCode";

	static final String DISTRICT_CODE = "districtCode";

	static final String COORDINATOR_GROUP = "coordinatorGroup";

	static final String PROVIDER_IDS = "providerIds";

	static final String PROVIDER_ID = "providerId";

	static final String TRIAGE_SLA = "triageSla";

	static final String ACK_SLA = "ackSla";

	static final String DISTRICT_SLA = "districtSla";

	static final String STATE_SLA = "stateSla";

	static final String REMINDER_INTERVAL = "reminderInterval";

	/** How often the coordinators are reminded of a case in follow-up (set at triage). */
	static final String FOLLOW_UP_INTERVAL = "followUpInterval";

	static final String TRIAGE_DUE = "triageDue";

	static final String ACK_DUE = "ackDue";

	static final String ESCALATION_REASON = "escalationReason";

	static final String ESCALATION_ACTOR = "escalationActor";

	static final String AUTOMATIC = "automatic";

	static final String ESCALATED_TO = "escalatedTo";

	static final String RESPOND_BY = "respondBy";

	static final String REMINDER_CYCLE = "reminderCycle";

	static final String MANUAL_REASON = "manualReason";

	static final String MANUAL_ACTOR = "manualActor";

	static final String HAND_BACK_REASON = "handBackReason";

	static final String HAND_BACK_ACTOR = "handBackActor";

	/** Escalation went nowhere: the case is already with higher officials. */
	static final String NONE = "NONE";

	private ProcessVariables() {
	}

	static UUID caseId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(CASE_ID));
	}

	static String string(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

	/** The engine's now (tests move it) plus an ISO-8601 duration from the SLA policy. */
	static Date after(VariableScope scope, String durationVariable) {
		String iso = string(scope, durationVariable);
		if (iso == null) {
			throw new IllegalStateException("process variable " + durationVariable + " is not set");
		}
		return Date.from(now().plus(Duration.parse(iso)));
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
