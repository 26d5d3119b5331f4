package org.eksaath.genderhub.workflow.internal;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.eksaath.genderhub.shared.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.eksaath.genderhub.workflow.internal.ProcessTestSupport.at;
import static org.eksaath.genderhub.workflow.internal.ProcessTestSupport.moveClockTo;
import static org.eksaath.genderhub.workflow.internal.ProcessTestSupport.runDueJobs;

/**
 * Drives every path of {@code processes/tier-escalation.bpmn}: district acting and late,
 * state reminders, handing back, and an escalation that is not needed.
 */
@Deployment(resources = "processes/tier-escalation.bpmn")
class TierEscalationProcessTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

	ProcessEngine engine;

	RecordingCaseSteps steps;

	final String caseId = UUID.randomUUID().toString();

	@BeforeEach
	void setUp() {
		this.engine = extension.getProcessEngine();
		init(this.engine);
		this.steps = ProcessTestSupport.registerDelegates();
	}

	@AfterEach
	void tearDown() {
		ProcessTestSupport.reset();
	}

	@Test
	void districtActingInTimeEndsTheEscalationAtDistrict() {
		ProcessInstance instance = escalate();
		assertThat(this.steps.tier).isEqualTo(Tier.DISTRICT);
		Task task = task();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_DistrictActs");
		assertThat(task.getDueDate()).isEqualTo(at(Duration.ofHours(4)));

		moveClockTo(this.engine, Duration.ofHours(3));
		this.engine.getTaskService().complete(task.getId());

		assertThat(instance).isEnded().hasPassed("EndEvent_DistrictActed");
		assertThat(this.steps.steps).containsExactly("escalated to DISTRICT");
	}

	@Test
	void districtLateEscalatesToStateExactlyOnce() {
		ProcessInstance instance = escalate();

		moveClockTo(this.engine, Duration.ofHours(4));

		assertThat(this.steps.tier).isEqualTo(Tier.STATE);
		assertThat(this.steps.steps).containsExactly("escalated to DISTRICT", "escalated to STATE");
		assertThat(this.steps.escalationRequests.get(1).from()).isEqualTo(Tier.DISTRICT);
		assertThat(this.steps.escalationRequests.get(1).reason())
			.isEqualTo("The DISTRICT officials did not act in time");
		Task task = task();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_StateActs");
		assertThat(task).hasCandidateGroup("state-officials-UP");
		// State has 24 hours from the moment it got the case.
		assertThat(task.getDueDate()).isEqualTo(at(Duration.ofHours(28)));
		assertThat(instance).isWaitingAt("UserTask_StateActs").hasPassed("BoundaryEvent_DistrictSla");
	}

	@Test
	void stateIsRemindedAtTheIntervalUntilSomebodyActs() {
		ProcessInstance instance = escalate();
		moveClockTo(this.engine, Duration.ofHours(4));

		moveClockTo(this.engine, Duration.ofHours(27));
		assertThat(this.steps.steps).doesNotContain("state reminded");
		// First reminder when the state's own 24 hours have passed, then every 4 hours.
		moveClockTo(this.engine, Duration.ofHours(28).plusSeconds(1));
		assertThat(this.steps.steps).containsOnlyOnce("state reminded");
		moveClockTo(this.engine, Duration.ofHours(32).plusSeconds(1));
		moveClockTo(this.engine, Duration.ofHours(36).plusSeconds(1));
		assertThat(this.steps.steps.stream().filter("state reminded"::equals)).hasSize(3);

		this.engine.getTaskService().complete(task().getId());
		assertThat(instance).isEnded().hasPassed("EndEvent_StateActed");
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
		moveClockTo(this.engine, Duration.ofHours(60));
		assertThat(this.steps.steps.stream().filter("state reminded"::equals)).hasSize(3);
	}

	@Test
	void officialsCanHandTheCaseBackDownWithAReason() {
		ProcessInstance instance = escalate();

		this.engine.getRuntimeService()
			.createMessageCorrelation("CaseHandedBack-DISTRICT")
			.processInstanceBusinessKey(this.caseId)
			.setVariable(ProcessVariables.HAND_BACK_REASON, "Police already on site")
			.setVariable(ProcessVariables.HAND_BACK_ACTOR, "district-officer-3")
			.correlate();

		assertThat(instance).isEnded().hasPassed("ServiceTask_HandBack", "EndEvent_HandedBack");
		assertThat(this.steps.tier).isEqualTo(Tier.COMMUNITY);
		assertThat(this.steps.steps).containsExactly("escalated to DISTRICT",
				"handed back to COMMUNITY: Police already on site");
		assertThat(this.engine.getManagementService().createJobQuery().timers().count()).isZero();
	}

	@Test
	void stateCanHandTheCaseBackToDistrict() {
		ProcessInstance instance = escalate();
		moveClockTo(this.engine, Duration.ofHours(4));

		this.engine.getRuntimeService()
			.createMessageCorrelation("CaseHandedBack-STATE")
			.processInstanceBusinessKey(this.caseId)
			.setVariable(ProcessVariables.HAND_BACK_REASON, "District collector took charge")
			.setVariable(ProcessVariables.HAND_BACK_ACTOR, "state-officer-1")
			.correlate();

		assertThat(instance).isEnded().hasPassed("BoundaryEvent_StateHandedBack");
		assertThat(this.steps.tier).isEqualTo(Tier.DISTRICT);
	}

	@Test
	void aSecondLateStepDoesNotClimbWhileOfficialsHaveTheCase() {
		escalate();
		ProcessInstance second = escalate();

		assertThat(second).isEnded().hasPassed("EndEvent_AlreadyWithOfficials");
		assertThat(this.steps.tier).isEqualTo(Tier.DISTRICT);
		assertThat(this.steps.steps).containsExactly("escalated to DISTRICT", "escalation not needed");
	}

	private ProcessInstance escalate() {
		ProcessInstance instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey("tierEscalation", this.caseId,
					Variables.createVariables()
						.putValue("caseId", this.caseId)
						.putValue("stateCode", "UP")
						.putValue("districtCode", "UP-LKO")
						.putValue("districtSla", "PT4H")
						.putValue("stateSla", "PT24H")
						.putValue("reminderInterval", "PT4H")
						.putValue("escalationReason", "Triage not done in time"));
		runDueJobs(this.engine);
		return instance;
	}

	private Task task() {
		return this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(this.caseId).singleResult();
	}

}
