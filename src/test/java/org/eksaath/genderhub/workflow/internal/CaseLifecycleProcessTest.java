package org.eksaath.genderhub.workflow.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Drives every path of {@code processes/case-lifecycle.bpmn} with the real delegates and
 * SLA policy, moving the engine clock for the timers.
 */
@Deployment(
		resources = { "processes/case-lifecycle.bpmn", "processes/tier-escalation.bpmn", "processes/sla-policy.dmn" })
class CaseLifecycleProcessTest {

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
	void triageOnTimeRefersTheCaseToEachChosenProvider() {
		ProcessInstance instance = open("MEDIUM");
		assertThat(instance).isWaitingAt("UserTask_Triage");
		assertThat(this.steps.deadlines).containsExactly(at(Duration.ofHours(4)).toInstant());
		assertThat(triageTask()).hasCandidateGroup("hub-coordinators-HUB-UP-LKO-MAL");

		moveClockTo(this.engine, Duration.ofHours(3));
		triage("MEDIUM", 11L, 12L);

		assertThat(instance).isWaitingAt("EventBasedGateway_ProviderAnswer");
		assertThat(this.steps.steps).containsExactly("opened", "referral requested 11", "referral requested 12");
		// Each referral has its own acknowledgement clock: 24 h for MEDIUM.
		assertThat(this.steps.deadlines).endsWith(at(Duration.ofHours(27)).toInstant(),
				at(Duration.ofHours(27)).toInstant());
		assertThat(this.steps.tier).isEqualTo(Tier.COMMUNITY);
	}

	@Test
	void escalatesToDistrictWhenTriageSlaExpires() {
		ProcessInstance instance = open("HIGH");
		moveClockTo(this.engine, Duration.ofMinutes(59));
		assertThat(this.steps.steps).containsExactly("opened");

		moveClockTo(this.engine, Duration.ofMinutes(60));

		assertThat(this.steps.steps).containsExactly("opened", "escalated to DISTRICT");
		assertThat(this.steps.tier).isEqualTo(Tier.DISTRICT);
		assertThat(this.steps.escalationRequests.get(0).reason()).isEqualTo("Triage not done in time");
		// District officials have the HIGH policy's 4 hours.
		assertThat(this.steps.escalationRequests.get(0).districtRespondBy())
			.isEqualTo(at(Duration.ofHours(5)).toInstant());
		Task district = officialsTask();
		assertThat(district.getTaskDefinitionKey()).isEqualTo("UserTask_DistrictActs");
		assertThat(district).hasCandidateGroup("district-officials-UP-LKO");
		assertThat(instance).isWaitingAt("CallActivity_EscalateLateTriage");
	}

	@Test
	void triageGetsANewDeadlineOnceDistrictOfficialsActed() {
		ProcessInstance instance = open("HIGH");
		moveClockTo(this.engine, Duration.ofHours(1));
		moveClockTo(this.engine, Duration.ofHours(2));
		this.steps.officialsActed();
		this.engine.getTaskService().complete(officialsTask().getId());

		assertThat(instance).isWaitingAt("UserTask_Triage");
		assertThat(this.steps.steps).containsExactly("opened", "escalated to DISTRICT", "triage clock restarted");
		assertThat(this.steps.deadlines).last().isEqualTo(at(Duration.ofHours(3)).toInstant());

		// Late again: the case climbs from where it is, once.
		moveClockTo(this.engine, Duration.ofHours(3));
		assertThat(this.steps.tier).isEqualTo(Tier.STATE);
		assertThat(this.steps.steps).endsWith("escalated to STATE");
	}

	@Test
	void acknowledgedReferralsLeadToFollowUpResolutionAndClosure() {
		ProcessInstance instance = open("LOW");
		triage("LOW", 11L);
		correlate("ReferralAcknowledged-" + this.caseId + "-11");

		assertThat(instance).isWaitingAt("UserTask_FollowUp");
		// No clock keeps running on an acknowledged referral: the only one left is the
		// coordinators' follow-up reminder (LOW risk: every 14 days).
		assertThat(this.engine.getManagementService().createJobQuery().timers().singleResult().getDuedate())
			.isEqualTo(at(Duration.ofDays(14)));
		complete("UserTask_FollowUp");
		assertThat(instance).isWaitingAt("UserTask_Close");
		complete("UserTask_Close");

		assertThat(instance).isEnded()
			.hasPassed("EndEvent_ReferralTakenUp", "ServiceTask_CloseCase", "EndEvent_CaseClosed");
		assertThat(this.steps.steps).containsExactly("opened", "referral requested 11", "closed");
	}

	@Test
	void coordinatorsAreRemindedToFollowUpAtThePolicysIntervalUntilTheCaseIsResolved() {
		ProcessInstance instance = open("HIGH");
		triage("HIGH", 11L);
		correlate("ReferralAcknowledged-" + this.caseId + "-11");
		assertThat(instance).isWaitingAt("UserTask_FollowUp");

		// HIGH risk: every 2 days.
		moveClockTo(this.engine, Duration.ofDays(2).minusMinutes(1));
		assertThat(this.steps.steps).doesNotContain("follow-up reminded");
		moveClockTo(this.engine, Duration.ofDays(2));
		assertThat(this.steps.steps).containsOnlyOnce("follow-up reminded");
		assertThat(this.steps.followUpNextReminders).containsExactly(at(Duration.ofDays(4)).toInstant());
		moveClockTo(this.engine, Duration.ofDays(4));
		moveClockTo(this.engine, Duration.ofDays(6));
		assertThat(this.steps.steps.stream().filter("follow-up reminded"::equals)).hasSize(3);
		assertThat(instance).isWaitingAt("UserTask_FollowUp").hasPassed("EndEvent_FollowUpReminded");

		complete("UserTask_FollowUp");
		moveClockTo(this.engine, Duration.ofDays(30));
		assertThat(this.steps.steps.stream().filter("follow-up reminded"::equals)).hasSize(3);
		assertThat(instance).isWaitingAt("UserTask_Close");
	}

	@Test
	void declinedReferralEscalatesAtOnce() {
		ProcessInstance instance = open("MEDIUM");
		triage("MEDIUM", 11L, 12L);
		correlate("ReferralDeclined-" + this.caseId + "-12");

		assertThat(this.steps.steps).endsWith("escalated to DISTRICT");
		assertThat(this.steps.escalationRequests.get(0).reason()).isEqualTo("A provider declined the referral");
		assertThat(officialsTask().getTaskDefinitionKey()).isEqualTo("UserTask_DistrictActs");

		// The other provider acknowledges and the district acts: the case moves on to
		// follow-up.
		correlate("ReferralAcknowledged-" + this.caseId + "-11");
		this.engine.getTaskService().complete(officialsTask().getId());
		assertThat(instance).isWaitingAt("UserTask_FollowUp").hasPassed("EndEvent_DeclineEscalated");
	}

	@Test
	void referralWithoutAnswerTimesOutAndEscalates() {
		ProcessInstance instance = open("IMMEDIATE_DANGER");
		triage("IMMEDIATE_DANGER", 11L);
		moveClockTo(this.engine, Duration.ofMinutes(29));
		assertThat(this.steps.steps).doesNotContain("referral timed out 11");

		moveClockTo(this.engine, Duration.ofMinutes(30));

		assertThat(this.steps.steps).containsSubsequence("referral timed out 11", "escalated to DISTRICT");
		assertThat(officialsTask().getTaskDefinitionKey()).isEqualTo("UserTask_DistrictActs");
		assertThat(instance).isWaitingAt("CallActivity_EscalateTimedOut");
	}

	@Test
	void immediateDangerTellsPoliceAndDistrictAtOnceAlongsideTriage() {
		ProcessInstance instance = open("IMMEDIATE_DANGER");

		assertThat(this.steps.steps).containsExactly("opened", "immediate danger");
		assertThat(instance).isWaitingAt("UserTask_Triage").hasPassed("EndEvent_PoliceAndDistrictTold");
		// No timer was waited for; triage has the 15 minutes of the policy.
		assertThat(this.steps.deadlines).containsExactly(at(Duration.ofMinutes(15)).toInstant());

		triage("IMMEDIATE_DANGER", 11L);
		assertThat(this.steps.steps).containsOnlyOnce("immediate danger");
	}

	@Test
	void immediateDangerFoundAtTriageIsRaisedThenAndTightensTheReferralClock() {
		ProcessInstance instance = open("LOW");
		assertThat(this.steps.steps).containsExactly("opened");

		triage("IMMEDIATE_DANGER", 11L);

		assertThat(this.steps.steps).containsExactly("opened", "immediate danger", "referral requested 11");
		assertThat(instance).hasPassed("ServiceTask_RaiseDangerAfterTriage");
		assertThat(this.steps.deadlines).last().isEqualTo(at(Duration.ofMinutes(30)).toInstant());
	}

	@Test
	void triageWithoutProvidersGoesStraightToFollowUp() {
		ProcessInstance instance = open("LOW");
		triage("LOW");
		assertThat(instance).isWaitingAt("UserTask_FollowUp");
	}

	@Test
	void escalationByHandClimbsOneTierWithTheReason() {
		ProcessInstance instance = open("LOW");
		this.engine.getRuntimeService()
			.createMessageCorrelation("CaseEscalatedByHand")
			.processInstanceBusinessKey(this.caseId)
			.setVariable(ProcessVariables.MANUAL_REASON, "Family threatens the survivor")
			.setVariable(ProcessVariables.MANUAL_ACTOR, "coordinator-7")
			.correlate();
		runDueJobs(this.engine);

		assertThat(this.steps.steps).containsExactly("opened", "escalated to DISTRICT by hand");
		var request = this.steps.escalationRequests.get(0);
		assertThat(request.automatic()).isFalse();
		assertThat(request.reason()).isEqualTo("Family threatens the survivor");
		assertThat(request.actor()).isEqualTo("coordinator-7");
		assertThat(officialsTask().getTaskDefinitionKey()).isEqualTo("UserTask_DistrictActs");
		// Triage goes on meanwhile, and its timer no longer climbs a tier while the
		// district has it.
		assertThat(instance).isWaitingAt("UserTask_Triage");
		moveClockTo(this.engine, Duration.ofHours(24));
		assertThat(this.steps.tier).isEqualTo(Tier.DISTRICT);
		assertThat(this.steps.steps).contains("escalation not needed");
	}

	private ProcessInstance open(String riskLevel) {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey("caseLifecycle", this.caseId,
					Variables.createVariables()
						.putValue("caseId", this.caseId)
						.putValue("riskLevel", riskLevel)
						.putValue("openedRiskLevel", riskLevel)
						.putValue("child", false)
						.putValue("stateCode", "UP")
						.putValue("districtCode", "UP-LKO")
						.putValue("coordinatorGroup", "hub-coordinators-HUB-UP-LKO-MAL"));
	}

	private void triage(String riskLevel, Long... providerIds) {
		this.engine.getTaskService()
			.complete(triageTask().getId(),
					Variables.createVariables()
						.putValue("riskLevel", riskLevel)
						.putValueTyped("providerIds",
								Variables.objectValue(new ArrayList<>(List.of(providerIds)), true).create()));
		runDueJobs(this.engine);
	}

	private Task triageTask() {
		return this.engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_Triage").singleResult();
	}

	private Task officialsTask() {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(this.caseId)
			.taskDefinitionKeyIn("UserTask_DistrictActs", "UserTask_StateActs")
			.singleResult();
	}

	private void complete(String taskKey) {
		this.engine.getTaskService()
			.complete(this.engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult().getId());
		runDueJobs(this.engine);
	}

	private void correlate(String message) {
		this.engine.getRuntimeService().createMessageCorrelation(message).correlate();
		runDueJobs(this.engine);
	}

}
