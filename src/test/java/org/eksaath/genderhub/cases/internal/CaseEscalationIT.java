package org.eksaath.genderhub.cases.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.eksaath.genderhub.cases.CaseEscalated;
import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.EscalationReminderDue;
import org.eksaath.genderhub.shared.Tier;
import org.eksaath.genderhub.support.CaseEventLog;
import org.eksaath.genderhub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case nobody acts on climbs from community to district to state on the real job
 * executor, with an SLA policy of seconds loaded from an external models directory (as a
 * deployment would change it without recompiling).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "genderhub.workflow.models-directory=src/test/resources/fast-sla")
@Import({ TestDirectory.class, CaseEventLog.Config.class })
class CaseEscalationIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate http;

	@org.junit.jupiter.api.BeforeEach
	void signInAsAdministrator() {
		org.eksaath.genderhub.support.SignIn.asAdmin(this.http);
	}

	@Autowired
	CaseEventLog events;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void theJobExecutorFindsDueTimersThroughTheDueDateIndexNotByReadingEveryWaitingTimer() {
		post("/api/cases", Map.of("place",
				Map.of("stateCode", "UP", "districtCode", "UP-LKO", "blockCode", "UP-LKO-MAL"), "riskLevel", "HIGH"));
		assertThat(this.jdbc.queryForObject("select count(*) from act_ru_job", Integer.class)).isPositive();
		// Every job has a due date, so the poll's condition is "due date before now" ...
		assertThat(this.jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null", Integer.class))
			.isZero();
		// ... which the index answers.
		String plan = this.jdbc.queryForObject(
				"explain select id_ from act_ru_job where retries_ > 0 and duedate_ <= current_timestamp",
				String.class);
		assertThat(plan).contains("GH_IDX_JOB_DUEDATE");
	}

	@Test
	void anUntouchedCaseClimbsToDistrictThenStateOnceEachAndStateIsReminded() {
		Map<String, Object> opened = post("/api/cases", Map.of("place",
				Map.of("stateCode", "UP", "districtCode", "UP-LKO", "blockCode", "UP-LKO-MAL"), "riskLevel", "HIGH"));
		UUID caseId = UUID.fromString((String) opened.get("id"));
		// The external policy gives 2 seconds per step instead of the packaged hour.
		var triageBy = this.events.of(caseId, CaseOpened.class).get(0).triageBy();
		assertThat(Duration.between(java.time.Instant.now(), triageBy)).isLessThan(Duration.ofSeconds(3));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.events.of(caseId, EscalationReminderDue.class).isEmpty());

		List<CaseEscalated> escalations = this.events.of(caseId, CaseEscalated.class);
		assertThat(escalations)
			.extracting(CaseEscalated::from, CaseEscalated::to, CaseEscalated::escalationNumber,
					CaseEscalated::automatic)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Tier.COMMUNITY, Tier.DISTRICT, 1, true),
					org.assertj.core.groups.Tuple.tuple(Tier.DISTRICT, Tier.STATE, 2, true));
		EscalationReminderDue reminder = this.events.of(caseId, EscalationReminderDue.class).get(0);
		assertThat(reminder.tier()).isEqualTo(Tier.STATE);
		assertThat(reminder.reminderNumber()).isEqualTo(1);
		assertThat(reminder.escalationNumber()).isEqualTo(2);

		Map<String, Object> atState = get("/api/cases/" + caseId);
		assertThat(atState).containsEntry("tier", "STATE")
			.containsEntry("status", "ESCALATED")
			.containsEntry("owner", "state-officials-UP");
		assertThat(atState.toString()).contains("BoundaryEvent_StateReminder");

		// The state officials act: the case leaves the escalation, and triage has a new
		// clock.
		Map<String, Object> acted = post("/api/cases/" + caseId + "/officials-acted",
				Map.of("actor", "state-officer-1", "note", "Collector informed"));
		assertThat(acted).containsEntry("status", "NEW").containsEntry("tier", "STATE");
		assertThat(acted.toString()).contains("BoundaryEvent_TriageSla").doesNotContain("BoundaryEvent_StateReminder");
		assertThat(this.events.of(caseId, CaseEscalated.class)).hasSize(2);
	}

	private Map<String, Object> post(String path, Object body) {
		ResponseEntity<Map<String, Object>> response = this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body),
				JSON);
		assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s answered %s", path, response.getBody())
			.isTrue();
		return response.getBody();
	}

	private Map<String, Object> get(String path) {
		ResponseEntity<Map<String, Object>> response = this.http.exchange(path, HttpMethod.GET, null, JSON);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
