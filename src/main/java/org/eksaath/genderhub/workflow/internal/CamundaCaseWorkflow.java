package org.eksaath.genderhub.workflow.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseActionNotAllowed;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.CaseWorkflow;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.cases.SlaDeadline;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Tier;

/**
 * Drives the case lifecycle in the Camunda engine. Process instances carry the case id as
 * business key, including the tier escalations they call, so that tasks, messages and
 * timers of one case can be found together.
 */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

	static final String LIFECYCLE = "caseLifecycle";

	static final String ROUTING = "referralRouting";

	static final String TRIAGE_TASK = "UserTask_Triage";

	static final String FOLLOW_UP_TASK = "UserTask_FollowUp";

	static final String CLOSE_TASK = "UserTask_Close";

	/** Escalation by hand of a case that waits for the district officials. */
	static final String ESCALATED_AT_DISTRICT = "CaseEscalatedByHand-DISTRICT";

	static final List<String> OFFICIALS_TASKS = List.of("UserTask_DistrictActs", "UserTask_StateActs");

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final RepositoryService repository;

	private final DecisionService decisions;

	CamundaCaseWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management,
			RepositoryService repository, DecisionService decisions) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.repository = repository;
		this.decisions = decisions;
	}

	@Override
	public void start(CaseSnapshot snapshot, String coordinatorGroup) {
		VariableMap variables = Variables.createVariables()
			.putValue(ProcessVariables.CASE_ID, snapshot.caseId().toString())
			.putValue(ProcessVariables.RISK_LEVEL, snapshot.riskLevel().name())
			.putValue(ProcessVariables.OPENED_RISK_LEVEL, snapshot.riskLevel().name())
			.putValue(ProcessVariables.CHILD, snapshot.child())
			.putValue(ProcessVariables.STATE_CODE, snapshot.place().stateCode())
			.putValue(ProcessVariables.DISTRICT_CODE, snapshot.place().districtCode())
			.putValue(ProcessVariables.COORDINATOR_GROUP, coordinatorGroup);
		this.runtime.startProcessInstanceByKey(LIFECYCLE, snapshot.caseId().toString(), variables);
	}

	@Override
	public void triaged(UUID caseId, RiskLevel riskLevel, List<Long> providerIds) {
		Task task = singleTask(caseId, TRIAGE_TASK, "waiting for triage");
		// The provider list is transient: it only feeds the referral step, which starts
		// in
		// this same transaction, and Java lists are not stored as process variables.
		VariableMap variables = Variables.createVariables()
			.putValue(ProcessVariables.RISK_LEVEL, riskLevel.name())
			.putValueTyped(ProcessVariables.PROVIDER_IDS,
					Variables.objectValue(new ArrayList<>(providerIds), true).create());
		this.tasks.complete(task.getId(), variables);
	}

	@Override
	public void referralAnswered(UUID caseId, long providerId, boolean acknowledged) {
		String message = (acknowledged ? "ReferralAcknowledged-" : "ReferralDeclined-") + caseId + "-" + providerId;
		try {
			this.runtime.createMessageCorrelation(message).correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new CaseActionNotAllowed("the workflow is not waiting for an answer from provider " + providerId);
		}
	}

	@Override
	public void escalateByHand(UUID caseId, String reason, String actor) {
		// While the district officials have the case, their escalation itself moves up:
		// their task and clock end, and no second escalation waits beside it.
		List<MessageCorrelationResult> moved = this.runtime.createMessageCorrelation(ESCALATED_AT_DISTRICT)
			.processInstanceBusinessKey(caseId.toString())
			.setVariable(ProcessVariables.ESCALATION_REASON, reason)
			.setVariable(ProcessVariables.ESCALATION_ACTOR, actor)
			.correlateAllWithResult();
		if (!moved.isEmpty()) {
			return;
		}
		try {
			this.runtime.createMessageCorrelation("CaseEscalatedByHand")
				.processInstanceBusinessKey(caseId.toString())
				.setVariable(ProcessVariables.MANUAL_REASON, reason)
				.setVariable(ProcessVariables.MANUAL_ACTOR, actor)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new CaseActionNotAllowed("the workflow of case " + caseId + " cannot be escalated now");
		}
	}

	@Override
	public void deEscalateByHand(UUID caseId, Tier from, String reason, String actor) {
		List<MessageCorrelationResult> results = this.runtime.createMessageCorrelation("CaseHandedBack-" + from)
			.processInstanceBusinessKey(caseId.toString())
			.setVariable(ProcessVariables.HAND_BACK_REASON, reason)
			.setVariable(ProcessVariables.HAND_BACK_ACTOR, actor)
			.correlateAllWithResult();
		if (results.isEmpty()) {
			throw new CaseActionNotAllowed("no escalation of case " + caseId + " is waiting at the " + from + " tier");
		}
	}

	@Override
	public void officialsActed(UUID caseId, String actor) {
		List<Task> open = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(caseId.toString())
			.taskDefinitionKeyIn(OFFICIALS_TASKS.toArray(String[]::new))
			.list();
		if (open.isEmpty()) {
			throw new CaseActionNotAllowed("no officials' task is open on case " + caseId);
		}
		for (Task task : open) {
			this.tasks.setAssignee(task.getId(), actor);
			this.tasks.complete(task.getId());
		}
	}

	@Override
	public void resolved(UUID caseId) {
		this.tasks.complete(singleTask(caseId, FOLLOW_UP_TASK, "in follow-up").getId());
	}

	@Override
	public void closed(UUID caseId) {
		this.tasks.complete(singleTask(caseId, CLOSE_TASK, "waiting to be closed").getId());
	}

	@Override
	public List<SlaDeadline> deadlines(UUID caseId) {
		List<SlaDeadline> deadlines = new ArrayList<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseId.toString())
			.list()) {
			for (Job job : this.management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				JobDefinition definition = this.management.createJobDefinitionQuery()
					.jobDefinitionId(job.getJobDefinitionId())
					.singleResult();
				String activityId = (definition != null) ? definition.getActivityId() : null;
				deadlines.add(new SlaDeadline(activityId, describe(job.getProcessDefinitionId(), activityId),
						job.getDuedate().toInstant()));
			}
		}
		deadlines.sort(Comparator.comparing(SlaDeadline::due));
		return deadlines;
	}

	private String describe(String processDefinitionId, String activityId) {
		if (activityId == null) {
			return null;
		}
		FlowElement element = this.repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
		return (element != null) ? element.getName() : activityId;
	}

	@Override
	public Set<ProviderCategory> suggestedCategories(IncidentType incidentType, RiskLevel riskLevel, boolean child) {
		DmnDecisionResult result = this.decisions.evaluateDecisionByKey(ROUTING)
			.variables(Variables.createVariables()
				.putValue("incidentType", incidentType.name())
				.putValue(ProcessVariables.RISK_LEVEL, riskLevel.name())
				.putValue(ProcessVariables.CHILD, child))
			.evaluate();
		Set<ProviderCategory> categories = new LinkedHashSet<>();
		for (Map<String, Object> row : result.getResultList()) {
			categories.add(ProviderCategory.valueOf(String.valueOf(row.get("category"))));
		}
		return categories;
	}

	private Task singleTask(UUID caseId, String taskKey, String waitingFor) {
		List<Task> found = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(caseId.toString())
			.taskDefinitionKey(taskKey)
			.list();
		if (found.isEmpty()) {
			throw new CaseActionNotAllowed("case " + caseId + " is not " + waitingFor);
		}
		return found.get(0);
	}

}
