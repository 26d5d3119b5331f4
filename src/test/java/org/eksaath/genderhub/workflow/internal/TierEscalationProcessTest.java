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

import org.eksaath.genderhub.cases.CaseSteps.EscalationRequest;
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
	void stateHandsTheCaseBackToDistrictWhoseOfficialsMustActAgainByANewDeadline() {
		ProcessInstance instance = escalate();
		moveClockTo(this.engine, Duration.ofHours(4));
		moveClockTo(this.engine, Duration.ofHours(5));

		this.engine.getRuntimeService()
			.createMessageCorrelation("CaseHandedBack-STATE")
			.processInstanceBusinessKey(this.caseId)
			.setVariable(ProcessVariables.HAND_BACK_REASON, "District collector took charge")
			.setVariable(ProcessVariables.HAND_BACK_ACTOR, "state-officer-1")
			.correlate();

		assertThat(this.steps.tier).isEqualTo(Tier.DISTRICT);
		assertThat(this.steps.handBackDeadlines).containsExactly(at(Duration.ofHours(9)).toInstant());
		assertThat(instance).isWaitingAt("UserTask_DistrictActs")
			.hasPassed("BoundaryEvent_StateHandedBack", "ServiceTask_HandBack");
		Task task = task();
		assertThat(task).hasCandidateGroup("district-officials-UP-LKO");
		// The district's own response time again, from the moment it got the case back.
		assertThat(task.getDueDate()).isEqualTo(at(Duration.ofHours(9)));
		assertThat(this.engine.getManagementService().createJobQuery().timers().singleResult().getDuedate())
			.isEqualTo(at(Duration.ofHours(9)));

		moveClockTo(this.engine, Duration.ofHours(9));

		assertThat(this.steps.steps).containsExactly("escalated to DISTRICT", "escalated to STATE",
				"handed back to DISTRICT: District collector took charge", "escalated to STATE");
		assertThat(task().getTaskDefinitionKey()).isEqualTo("UserTask_StateActs");
		assertThat(task().getDueDate()).isEqualTo(at(Duration.ofHours(33)));
	}

	@Test
	void districtCanHandItFurtherDownAfterTheStateHandedItBack() {
		ProcessInstance instance = escalate();
		moveClockTo(this.engine, Duration.ofHours(4));
		handBack("STATE", "District collector took charge");

		handBack("DISTRICT", "Coordinator has it in hand");

		assertThat(instance).isEnded().hasPassed("EndEvent_HandedBack");
		assertThat(this.steps.tier).isEqualTo(Tier.COMMUNITY);
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
	}

	@Test
	void escalatingByHandWhileTheDistrictHasTheCaseMovesThatEscalationUpWithTheReason() {
		ProcessInstance instance = escalate();
		moveClockTo(this.engine, Duration.ofHours(1));

		this.engine.getRuntimeService()
			.createMessageCorrelation(CamundaCaseWorkflow.ESCALATED_AT_DISTRICT)
			.processInstanceBusinessKey(this.caseId)
			.setVariable(ProcessVariables.ESCALATION_REASON, "Threats are getting worse")
			.setVariable(ProcessVariables.ESCALATION_ACTOR, "district-officer-2")
			.correlate();

		assertThat(instance).isWaitingAt("UserTask_StateActs")
			.hasPassed("BoundaryEvent_DistrictEscalatedByHand", "ServiceTask_MoveUpToStateByHand");
		assertThat(this.steps.steps).containsExactly("escalated to DISTRICT", "escalated to STATE by hand");
		EscalationRequest byHand = this.steps.escalationRequests.get(1);
		assertThat(byHand.automatic()).isFalse();
		assertThat(byHand.reason()).isEqualTo("Threats are getting worse");
		assertThat(byHand.actor()).isEqualTo("district-officer-2");
		// The district's task and clock ended with it: no second climb at its deadline.
		assertThat(this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(this.caseId).count())
			.isOne();
		assertThat(task().getDueDate()).isEqualTo(at(Duration.ofHours(25)));
		moveClockTo(this.engine, Duration.ofHours(4).plusMinutes(1));
		assertThat(this.steps.steps).hasSize(2);
	}

	private void handBack(String from, String reason) {
		this.engine.getRuntimeService()
			.createMessageCorrelation("CaseHandedBack-" + from)
			.processInstanceBusinessKey(this.caseId)
			.setVariable(ProcessVariables.HAND_BACK_REASON, reason)
			.setVariable(ProcessVariables.HAND_BACK_ACTOR, "officer")
			.correlate();
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
