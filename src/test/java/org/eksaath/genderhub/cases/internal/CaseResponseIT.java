package org.eksaath.genderhub.cases.internal;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.cases.CaseClosed;
import org.eksaath.genderhub.cases.CaseEvent;
import org.eksaath.genderhub.cases.CaseHandedBack;
import org.eksaath.genderhub.cases.CaseSteps;
import org.eksaath.genderhub.cases.FollowUpDue;
import org.eksaath.genderhub.cases.HelpOnTheWay;
import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.ReferralRequested;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Tier;
import org.eksaath.genderhub.support.CaseEventLog;
import org.eksaath.genderhub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case through the REST API from the alert to closure, with the real workflow, and the
 * answers for bad input, unknown cases and actions the case's state does not allow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDirectory.class, CaseEventLog.Config.class })
class CaseResponseIT {

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
	CaseSteps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void aCaseGoesFromAlertThroughTriageAndReferralToClosure() {
		Map<String, Object> opened = post("/api/cases",
				Map.of("alertId", "alert-" + UUID.randomUUID(), "sourceRef", "sms:msg-1", "place",
						Map.of("stateCode", "UP", "districtCode", "UP-LKO", "blockCode", "UP-LKO-MAL"), "riskLevel",
						"MEDIUM", "survivor", Map.of("displayName", "Not for events", "age", 19)),
				HttpStatus.CREATED);
		String id = (String) opened.get("id");
		UUID caseId = UUID.fromString(id);
		assertThat((String) opened.get("reference")).matches("[2-9A-HJ-NP-Z]{6}");
		assertThat(opened).containsEntry("status", "NEW").containsEntry("tier", "COMMUNITY");
		assertThat(deadlines(opened)).extracting((d) -> d.get("step")).containsExactly("BoundaryEvent_TriageSla");

		Map<String, Object> suggestions = get("/api/cases/" + id + "/provider-suggestions?incidentType=RAPE");
		assertThat((List<Object>) suggestions.get("categories")).contains("POLICE", "ONE_STOP_CENTRE");

		long police = TestDirectory.providerId(ProviderCategory.POLICE);
		long osc = TestDirectory.providerId(ProviderCategory.ONE_STOP_CENTRE);
		Map<String, Object> triaged = post("/api/cases/" + opened.get("reference") + "/triage",
				Map.of("incidentType", "PHYSICAL_ASSAULT", "subType", "DOMESTIC_VIOLENCE", "riskLevel", "MEDIUM",
						"child", false, "consentForReferral", "GIVEN", "consentForWomensGroups", "REFUSED",
						"providerIds", List.of(police, osc), "actor", "coordinator-1"),
				HttpStatus.OK);
		assertThat(triaged).containsEntry("status", "REFERRED").containsEntry("consentForWomensGroups", "REFUSED");
		List<Map<String, Object>> referrals = list(triaged, "referrals");
		assertThat(referrals).extracting((r) -> ((Number) r.get("providerId")).longValue())
			.containsExactlyInAnyOrder(police, osc);
		assertThat(deadlines(triaged)).extracting((d) -> d.get("step"))
			.containsExactly("IntermediateCatchEvent_AckSla", "IntermediateCatchEvent_AckSla");

		for (Map<String, Object> referral : referrals) {
			post("/api/cases/" + id + "/referrals/" + referral.get("id") + "/acknowledge",
					Map.of("actor", "provider-desk"), HttpStatus.OK);
		}
		// In follow-up: the coordinators' reminder is its clock (MEDIUM risk:
		// every 7 days).
		assertThat(deadlines(get("/api/cases/" + id))).singleElement().satisfies((d) -> {
			assertThat(d.get("step")).isEqualTo("BoundaryEvent_FollowUpDue");
			assertThat(Instant.parse((String) d.get("due"))).isBetween(
					Instant.now().plus(Duration.ofDays(7)).minusSeconds(60), Instant.now().plus(Duration.ofDays(7)));
		});
		// Reminded twice before it is resolved; a reminder after that records nothing.
		this.steps.followUpDue(caseId, Instant.now().plus(Duration.ofDays(7)));
		this.steps.followUpDue(caseId, Instant.now().plus(Duration.ofDays(14)));
		assertThat(this.events.of(caseId, FollowUpDue.class)).extracting(FollowUpDue::reminderNumber)
			.containsExactly(1, 2);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct recipient_id) from notification where case_id = ? and template = 'FOLLOW_UP_REMINDER'",
				Integer.class, caseId))
			.isPositive();
		String firstReferral = (String) referrals.get(0).get("id");
		post("/api/cases/" + id + "/referrals/" + firstReferral + "/action", Map.of("note", "FIR registered"),
				HttpStatus.OK);
		// The same answer twice is not allowed.
		post("/api/cases/" + id + "/referrals/" + firstReferral + "/decline", Map.of(), HttpStatus.CONFLICT);
		// Closing before resolving is not allowed either.
		post("/api/cases/" + id + "/close", Map.of(), HttpStatus.CONFLICT);

		assertThat(post("/api/cases/" + id + "/resolve", Map.of("note", "Survivor safe with family"), HttpStatus.OK))
			.containsEntry("status", "RESOLVED");
		this.steps.followUpDue(caseId, Instant.now().plus(Duration.ofDays(21)));
		assertThat(this.events.of(caseId, FollowUpDue.class)).hasSize(2);
		Map<String, Object> closed = post("/api/cases/" + id + "/close", Map.of(), HttpStatus.OK);

		assertThat(closed).containsEntry("status", "CLOSED").containsEntry("tier", "COMMUNITY");
		assertThat(deadlines(closed)).isEmpty();
		assertThat(list(closed, "timeline")).extracting((t) -> t.get("what"))
			.containsSubsequence("OPENED", "TRIAGE_DUE", "TRIAGED", "REFERRAL_REQUESTED", "REFERRAL_ACKNOWLEDGED",
					"FOLLOW_UP_DUE", "FOLLOW_UP_DUE", "REFERRAL_ACTED", "RESOLVED", "CLOSED");
		assertThat(this.events.of(caseId)).extracting((e) -> e.getClass().getSimpleName())
			.containsExactly("CaseOpened", "ReferralRequested", "ReferralRequested", "HelpOnTheWay", "HelpOnTheWay",
					"FollowUpDue", "FollowUpDue", "CaseClosed");
		assertThat(this.events.of(caseId, CaseOpened.class).get(0).snapshot().reference())
			.isEqualTo(opened.get("reference"));
		assertThat(this.events.of(caseId, ReferralRequested.class)).extracting(ReferralRequested::providerId)
			.containsExactlyInAnyOrder(police, osc);
		assertThat(this.events.of(caseId, CaseClosed.class)).hasSize(1);
		// Survivor details stay out of everything that leaves the case.
		assertThat(this.events.of(caseId)).map(CaseEvent::toString).noneMatch((s) -> s.contains("Not for events"));
		assertThat(closed.toString()).doesNotContain("Not for events");
	}

	@Test
	void theSameAlertOpensOneCase() {
		Map<String, Object> alert = Map.of("alertId", "alert-" + UUID.randomUUID(), "place",
				Map.of("stateCode", "UP", "districtCode", "UP-LKO"));
		Map<String, Object> first = post("/api/cases", alert, HttpStatus.CREATED);
		Map<String, Object> again = post("/api/cases", alert, HttpStatus.CREATED);
		assertThat(again.get("id")).isEqualTo(first.get("id"));
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Map<String, Object> unknownPlace = post("/api/cases",
				Map.of("place", Map.of("stateCode", "UP", "districtCode", "XX-NOPE")), HttpStatus.BAD_REQUEST);
		assertThat(unknownPlace.get("fields")).isEqualTo(List.of("place"));

		Map<String, Object> missing = post("/api/cases", Map.of("place", Map.of("stateCode", "UP")),
				HttpStatus.BAD_REQUEST);
		assertThat((String) missing.get("detail")).contains("place.districtCode");

		Map<String, Object> badEnum = post("/api/cases",
				Map.of("place", Map.of("stateCode", "UP", "districtCode", "UP-LKO"), "riskLevel", "SOMEWHAT"),
				HttpStatus.BAD_REQUEST);
		assertThat((String) badEnum.get("detail")).startsWith("riskLevel");

		String id = (String) post("/api/cases", Map.of("place", Map.of("stateCode", "UP", "districtCode", "UP-LKO")),
				HttpStatus.CREATED)
			.get("id");
		Map<String, Object> noConsent = post("/api/cases/" + id + "/triage",
				Map.of("incidentType", "PSYCHOLOGICAL_ABUSE", "riskLevel", "LOW", "child", false, "consentForReferral",
						"REFUSED", "consentForWomensGroups", "NOT_ASKED", "providerIds",
						List.of(TestDirectory.providerId(ProviderCategory.COUNSELLING))),
				HttpStatus.CONFLICT);
		assertThat((String) noConsent.get("detail")).contains("consent for referral is REFUSED")
			.contains("only for a child or a survivor in immediate danger");
		Map<String, Object> noReason = post("/api/cases/" + id + "/escalate", Map.of("reason", " "),
				HttpStatus.BAD_REQUEST);
		assertThat((String) noReason.get("detail")).startsWith("reason");
	}

	@Test
	void unknownCasesAreNotFoundAndDisallowedActionsConflict() {
		post("/api/cases/" + UUID.randomUUID() + "/resolve", Map.of(), HttpStatus.NOT_FOUND);
		assertThat(this.http.getForEntity("/api/cases/ZZZZZZ", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		String id = (String) post("/api/cases", Map.of("place", Map.of("stateCode", "UP", "districtCode", "UP-LKO")),
				HttpStatus.CREATED)
			.get("id");
		post("/api/cases/" + id + "/de-escalate", Map.of("reason", "nothing to hand back"), HttpStatus.CONFLICT);
		post("/api/cases/" + id + "/officials-acted", Map.of(), HttpStatus.CONFLICT);
		post("/api/cases/" + id + "/resolve", Map.of(), HttpStatus.CONFLICT);
	}

	@Test
	void escalationByHandAndHandingBackMoveTheTierWithTheReason() {
		Map<String, Object> opened = post("/api/cases",
				Map.of("place", Map.of("stateCode", "UP", "districtCode", "UP-LKO"), "riskLevel", "LOW"),
				HttpStatus.CREATED);
		String id = (String) opened.get("id");

		Map<String, Object> escalated = post("/api/cases/" + id + "/escalate",
				Map.of("reason", "Threats from the in-laws", "actor", "coordinator-2"), HttpStatus.OK);
		assertThat(escalated).containsEntry("tier", "DISTRICT")
			.containsEntry("status", "ESCALATED")
			.containsEntry("owner", "district-officials-UP-LKO");
		assertThat(deadlines(escalated)).extracting((d) -> d.get("step")).contains("BoundaryEvent_DistrictSla");

		// Triage goes on while the district has the case.
		long police = TestDirectory.providerId(ProviderCategory.POLICE);
		Map<String, Object> triaged = post("/api/cases/" + id + "/triage",
				Map.of("incidentType", "PHYSICAL_ASSAULT", "riskLevel", "LOW", "child", false, "consentForReferral",
						"GIVEN", "consentForWomensGroups", "NOT_ASKED", "providerIds", List.of(police)),
				HttpStatus.OK);
		assertThat(triaged).containsEntry("status", "ESCALATED").containsEntry("tier", "DISTRICT");
		assertThat(list(triaged, "referrals")).hasSize(1);

		Map<String, Object> back = post("/api/cases/" + id + "/de-escalate",
				Map.of("reason", "Coordinator can handle it", "actor", "district-officer"), HttpStatus.OK);
		assertThat(back).containsEntry("tier", "COMMUNITY")
			.containsEntry("status", "REFERRED")
			.containsEntry("owner", "hub-coordinators-HUB-UP-LKO-MAL");
		assertThat(deadlines(back)).extracting((d) -> d.get("step")).containsExactly("IntermediateCatchEvent_AckSla");
		assertThat(list(back, "timeline")).extracting((t) -> t.get("what"))
			.containsSubsequence("ESCALATED", "TRIAGED", "DE_ESCALATED");
		// Nothing is left to hand back.
		post("/api/cases/" + id + "/de-escalate", Map.of("reason", "again"), HttpStatus.CONFLICT);
	}

	@Test
	void aCaseTheStateHandsBackWaitsForTheDistrictAgainOnANewClock() {
		Map<String, Object> opened = post("/api/cases",
				Map.of("place", Map.of("stateCode", "UP", "districtCode", "UP-LKO"), "riskLevel", "HIGH"),
				HttpStatus.CREATED);
		String id = (String) opened.get("id");
		post("/api/cases/" + id + "/escalate", Map.of("reason", "Nobody answers", "actor", "coordinator-2"),
				HttpStatus.OK);

		// Taken up to the state while the district has it: the district's clock ends.
		Map<String, Object> atState = post("/api/cases/" + id + "/escalate",
				Map.of("reason", "Threats are getting worse", "actor", "district-officer"), HttpStatus.OK);
		assertThat(atState).containsEntry("tier", "STATE").containsEntry("owner", "state-officials-UP");
		assertThat(deadlines(atState)).extracting((d) -> d.get("step"))
			.contains("BoundaryEvent_StateReminder")
			.doesNotContain("BoundaryEvent_DistrictSla");

		Map<String, Object> back = post("/api/cases/" + id + "/de-escalate",
				Map.of("reason", "District collector took charge", "actor", "state-officer"), HttpStatus.OK);

		assertThat(back).containsEntry("tier", "DISTRICT")
			.containsEntry("status", "ESCALATED")
			.containsEntry("owner", "district-officials-UP-LKO");
		List<Map<String, Object>> districtClock = deadlines(back).stream()
			.filter((d) -> "BoundaryEvent_DistrictSla".equals(d.get("step")))
			.toList();
		assertThat(districtClock).hasSize(1);
		assertThat(deadlines(back)).extracting((d) -> d.get("step")).doesNotContain("BoundaryEvent_StateReminder");
		// HIGH risk: the district has 4 hours again, from now.
		Instant due = Instant.parse((String) districtClock.get(0).get("due"));
		assertThat(due).isBetween(Instant.now().plus(Duration.ofMinutes(239)), Instant.now().plus(Duration.ofHours(4)));
		List<CaseHandedBack> handedBack = this.events.of(UUID.fromString(id), CaseHandedBack.class);
		assertThat(handedBack).singleElement().satisfies((e) -> {
			assertThat(e.from()).isEqualTo(Tier.STATE);
			assertThat(e.to()).isEqualTo(Tier.DISTRICT);
			assertThat(e.respondBy()).isEqualTo(due);
		});
		assertThat(list(back, "timeline")).extracting((t) -> t.get("what"))
			.containsSubsequence("ESCALATED", "ESCALATED", "DE_ESCALATED");
		// The district officials may act on it again; their acting is help on the way.
		assertThat(this.events.of(UUID.fromString(id), HelpOnTheWay.class)).isEmpty();
		assertThat(post("/api/cases/" + id + "/officials-acted", Map.of(), HttpStatus.OK)).containsEntry("tier",
				"DISTRICT");
		assertThat(this.events.of(UUID.fromString(id), HelpOnTheWay.class)).singleElement()
			.extracting(HelpOnTheWay::takenUpBy)
			.isEqualTo("admin");
	}

	private Map<String, Object> post(String path, Object body, HttpStatus expected) {
		ResponseEntity<Map<String, Object>> response = this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body),
				JSON);
		assertThat(response.getStatusCode()).as("POST %s answered %s", path, response.getBody()).isEqualTo(expected);
		return response.getBody();
	}

	private Map<String, Object> get(String path) {
		ResponseEntity<Map<String, Object>> response = this.http.exchange(path, HttpMethod.GET, null, JSON);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> view, String key) {
		return (List<Map<String, Object>>) view.get(key);
	}

	private static List<Map<String, Object>> deadlines(Map<String, Object> view) {
		List<Map<String, Object>> deadlines = list(view, "deadlines");
		return (deadlines != null) ? deadlines : List.of();
	}

}
