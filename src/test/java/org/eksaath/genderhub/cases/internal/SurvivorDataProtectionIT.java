package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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

import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.support.CaseEventLog;
import org.eksaath.genderhub.support.SignIn;
import org.eksaath.genderhub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent exceptions on the timeline, the export of everything held about a case (DPDP
 * Act) and the anonymisation of a closed case's survivor details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDirectory.class, CaseEventLog.Config.class })
class SurvivorDataProtectionIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseDataProtection.SurvivorRetention retention;

	@BeforeEach
	void signInAsAdministrator() {
		SignIn.asAdmin(this.http);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChildIsReferredWithoutConsentAndTheExceptionIsOnTheTimeline() {
		String id = open("Child Survivor Name");
		Map<String, Object> triaged = post("/api/cases/" + id + "/triage",
				Map.of("incidentType", "FORCED_MARRIAGE", "riskLevel", "HIGH", "child", true, "consentForReferral",
						"REFUSED", "consentForWomensGroups", "REFUSED", "providerIds",
						List.of(TestDirectory.providerId(ProviderCategory.CHILD_PROTECTION))),
				HttpStatus.OK);
		assertThat((List<Map<String, Object>>) triaged.get("timeline")).extracting((t) -> t.get("what"))
			.contains("CONSENT_EXCEPTION");
		assertThat(triaged).containsEntry("consentRecordedBy", "admin");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAdministratorExportsEverythingHeldAndClosedCasesAreAnonymisedAfterTheRetentionPeriod() {
		String id = open("Export Survivor Name");
		long police = TestDirectory.providerId(ProviderCategory.POLICE);
		Map<String, Object> triaged = post("/api/cases/" + id + "/triage",
				Map.of("incidentType", "PHYSICAL_ASSAULT", "riskLevel", "MEDIUM", "child", false, "consentForReferral",
						"GIVEN", "consentForWomensGroups", "REFUSED", "providerIds", List.of(police)),
				HttpStatus.OK);
		String referral = (String) ((List<Map<String, Object>>) triaged.get("referrals")).get(0).get("id");
		post("/api/cases/" + id + "/referrals/" + referral + "/acknowledge", Map.of(), HttpStatus.OK);
		post("/api/cases/" + id + "/resolve", Map.of(), HttpStatus.OK);
		post("/api/cases/" + id + "/close", Map.of(), HttpStatus.OK);

		Map<String, Object> export = get("/api/cases/" + id + "/export");
		assertThat((Map<String, Object>) export.get("survivor")).containsEntry("displayName", "Export Survivor Name")
			.containsEntry("address", "Lane 5, Malihabad");
		assertThat((Map<String, Object>) export.get("kase")).containsEntry("status", "CLOSED");
		assertThat((List<Map<String, Object>>) export.get("auditTrail")).extracting((e) -> e.get("action"))
			.contains("OPEN", "TRIAGE", "CLOSE", "EXPORT");

		assertThat(this.retention.anonymiseClosedBefore(Instant.now().minusSeconds(3600))).isZero();
		assertThat(this.retention.anonymiseClosedBefore(Instant.now().plusSeconds(1))).isPositive();
		Map<String, Object> survivor = get("/api/cases/" + id + "/survivor");
		assertThat(survivor).doesNotContainKeys("displayName", "phone", "address", "notes", "age")
			.containsKey("anonymisedAt");
		assertThat(this.jdbc.queryForMap(
				"select display_name, phone, age, address, notes from case_survivor" + " where case_id = ?",
				UUID.fromString(id)))
			.allSatisfy((column, value) -> assertThat(value).as(column).isNull());
	}

	private String open(String name) {
		return (String) post("/api/cases",
				Map.of("place", Map.of("stateCode", "UP", "districtCode", "UP-LKO", "blockCode", "UP-LKO-MAL"),
						"riskLevel", "HIGH", "survivor", Map.of("displayName", name, "phone", "+915000012345", "age",
								15, "address", "Lane 5, Malihabad", "notes", "Fictional notes")),
				HttpStatus.CREATED)
			.get("id");
	}

	private Map<String, Object> post(String path, Object body, HttpStatus expected) {
		ResponseEntity<Map<String, Object>> response = this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body),
				JSON);
		assertThat(response.getStatusCode()).as("POST %s answered %s", path, response.getBody()).isEqualTo(expected);
		return response.getBody();
	}

	private Map<String, Object> get(String path) {
		ResponseEntity<Map<String, Object>> response = this.http.exchange(path, HttpMethod.GET, null, JSON);
		assertThat(response.getStatusCode()).as("GET %s answered %s", path, response.getBody())
			.isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
