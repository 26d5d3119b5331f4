package org.eksaath.genderhub.security;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access control and survivor data protection on the whole application with the demo
 * directory and demo users: the authorization matrix, no survivor detail in plain text in
 * any table (the project's and the engine's), a tampered audit entry found, sign-in
 * throttling and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "genderhub.intake.api-keys=partner-s=" + SecurityIT.API_KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	/**
	 * Demo users (README), one per role; their jurisdiction is Lucknow, Uttar Pradesh.
	 */
	private static final Map<String, String> USERS = new LinkedHashMap<>();
	static {
		USERS.put("SAATHI", "saathi.lko");
		USERS.put("COORDINATOR", "coord.lko");
		USERS.put("DISTRICT_OFFICIAL", "official.lko");
		USERS.put("STATE_OFFICIAL", "state.up");
		USERS.put("PROVIDER", "police.lko");
		USERS.put("ADMIN", "admin.demo");
	}

	/**
	 * Fictional survivor details that must never be found in plain text in the database.
	 */
	private static final List<String> SECRETS = List.of("Zarina Qmarkerbi", "+915000098765", "House 77 Qmarker Lane",
			"QmarkerNotes husband threatens", "Qmarker");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The case in the users' jurisdiction (Lucknow) and one outside it (Bhopal). */
	private final Map<String, String> caseIds = new HashMap<>();

	private final Map<String, String> referralIds = new HashMap<>();

	static final String API_KEY = "security-it-partner-key-0123456789";

	@BeforeAll
	void casesThatWentThroughTheWholeWorkflow() {
		createClosedCase("own", "UP", "UP-LKO", "UP-LKO-MAL", "PRV-UP-LKO-POLICE");
		createClosedCase("other", "MP", "MP-BPL", "MP-BPL-BER", "PRV-MP-BPL-POLICE");
		// A Saathi's alert that names the survivor: it opens a case, and its text must
		// be found nowhere in plain text either.
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("X-Api-Key", API_KEY);
		String text = "HELP DV Malihabad " + SECRETS.get(0) + " " + SECRETS.get(1) + " " + SECRETS.get(3);
		ResponseEntity<String> alert = plain().exchange("/api/intake/alerts", HttpMethod.POST,
				new HttpEntity<>(Map.of("text", text, "senderPhone", "+915000100002"), headers), String.class);
		assertThat(alert.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private void createClosedCase(String which, String state, String district, String block, String providerCode) {
		TestRestTemplate admin = as("ADMIN");
		Map<String, Object> opened = call(admin, HttpMethod.POST, "/api/cases",
				Map.of("place", Map.of("stateCode", state, "districtCode", district, "blockCode", block), "riskLevel",
						"HIGH", "survivor", Map.of("displayName", SECRETS.get(0), "phone", SECRETS.get(1), "age", 23,
								"address", SECRETS.get(2), "notes", SECRETS.get(3))),
				HttpStatus.CREATED);
		String id = (String) opened.get("id");
		long police = this.jdbc.queryForObject("select id from dir_provider where code = ?", Long.class, providerCode);
		Map<String, Object> triaged = call(admin, HttpMethod.POST, "/api/cases/" + id + "/triage",
				Map.of("incidentType", "PHYSICAL_ASSAULT", "riskLevel", "HIGH", "child", false, "consentForReferral",
						"GIVEN", "consentForWomensGroups", "REFUSED", "providerIds", List.of(police)),
				HttpStatus.OK);
		assertThat(triaged).containsEntry("consentRecordedBy", "admin.demo").containsKey("consentRecordedAt");
		this.referralIds.put(which, (String) ((List<Map<String, Object>>) triaged.get("referrals")).get(0).get("id"));
		call(admin, HttpMethod.POST, "/api/cases/" + id + "/referrals/" + this.referralIds.get(which) + "/acknowledge",
				Map.of(), HttpStatus.OK);
		call(admin, HttpMethod.POST, "/api/cases/" + id + "/escalate", Map.of("reason", "Nobody acted"), HttpStatus.OK);
		assertThat(call(admin, HttpMethod.GET, "/api/cases/" + id, null, HttpStatus.OK)).containsEntry("tier",
				"DISTRICT");
		call(admin, HttpMethod.POST, "/api/cases/" + id + "/officials-acted", Map.of(), HttpStatus.OK);
		call(admin, HttpMethod.POST, "/api/cases/" + id + "/resolve", Map.of(), HttpStatus.OK);
		assertThat(call(admin, HttpMethod.POST, "/api/cases/" + id + "/close", Map.of(), HttpStatus.OK))
			.containsEntry("status", "CLOSED");
		this.caseIds.put(which, id);
	}

	/**
	 * Expected status per role (SAATHI COORDINATOR DISTRICT_OFFICIAL STATE_OFFICIAL
	 * PROVIDER ADMIN) for a case in the user's jurisdiction | a case outside it. The
	 * cases are closed, so an allowed action is refused by the case's state (409), never
	 * carried out.
	 */
	private static final String[][] CASE_ENDPOINTS = {
			{ "GET /api/cases/{id}", "403 200 200 200 200 200 | 403 404 404 404 404 200" },
			{ "GET /api/cases/{id}/survivor", "403 200 200 200 200 200 | 403 404 404 404 404 200" },
			{ "GET /api/cases/{id}/export", "403 403 403 403 403 200 | 403 404 404 404 404 200" },
			{ "GET /api/cases/{id}/provider-suggestions", "403 200 200 200 200 200 | 403 404 404 404 404 200" },
			{ "POST /api/cases/{id}/triage", "403 409 403 403 403 409 | 403 404 404 404 404 409" },
			{ "POST /api/cases/{id}/referrals/{referral}/action", "403 409 403 403 409 409 | 403 404 404 404 404 409" },
			{ "POST /api/cases/{id}/escalate", "403 409 409 409 403 409 | 403 404 404 404 404 409" },
			{ "POST /api/cases/{id}/de-escalate", "403 403 409 409 403 409 | 403 404 404 404 404 409" },
			{ "POST /api/cases/{id}/officials-acted", "403 403 409 409 403 409 | 403 404 404 404 404 409" },
			{ "POST /api/cases/{id}/resolve", "403 409 403 403 403 409 | 403 404 404 404 404 409" },
			{ "POST /api/cases/{id}/close", "403 409 403 403 403 409 | 403 404 404 404 404 409" },
			// Paths without a case: the same answer for both columns. ANONYMOUS is the
			// last column.
			{ "POST /api/cases", "400 400 403 403 403 400 | 400 400 403 403 403 400" },
			{ "GET /api/alerts", "403 200 403 403 403 200 | 403 200 403 403 403 200" },
			{ "GET /api/directory/hubs", "200 200 200 200 200 200 | 200 200 200 200 200 200" },
			{ "POST /api/directory/import/states", "403 403 403 403 403 200 | 403 403 403 403 403 200" },
			{ "GET /api/admin/audit/verify", "403 403 403 403 403 200 | 403 403 403 403 403 200" },
			{ "POST /api/admin/encryption/reencrypt", "403 403 403 403 403 200 | 403 403 403 403 403 200" },
			{ "GET /api/notifications/sandbox", "403 403 403 403 403 200 | 403 403 403 403 403 200" },
			{ "GET /engine-rest/engine", "403 403 403 403 403 200 | 403 403 403 403 403 200" },
			{ "GET /actuator/health", "200 200 200 200 200 200 | 200 200 200 200 200 200" } };

	/** Without signing in: the API asks for HTTP Basic (401), health is open. */
	private static final Map<String, Integer> ANONYMOUS = Map.of("GET /actuator/health", 200);

	static Stream<Arguments> matrix() {
		List<Arguments> cells = new ArrayList<>();
		List<String> roles = new ArrayList<>(USERS.keySet());
		for (String[] row : CASE_ENDPOINTS) {
			String[] halves = row[1].split("\\|");
			for (int j = 0; j < 2; j++) {
				String[] codes = halves[j].trim().split("\\s+");
				for (int i = 0; i < roles.size(); i++) {
					cells.add(
							Arguments.of(row[0], roles.get(i), (j == 0) ? "own" : "other", Integer.parseInt(codes[i])));
				}
				cells.add(Arguments.of(row[0], "ANONYMOUS", (j == 0) ? "own" : "other",
						ANONYMOUS.getOrDefault(row[0], 401)));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} as {1} on the {2} case answers {3}")
	@MethodSource("matrix")
	void everyEndpointAnswersEveryRoleAsItsJurisdictionAllows(String endpoint, String role, String which,
			int expected) {
		String[] parts = endpoint.split(" ");
		String path = parts[1].replace("{id}", this.caseIds.get(which))
			.replace("{referral}", this.referralIds.get(which));
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		Object body = null;
		if (path.equals("/api/directory/import/states")) {
			headers.setContentType(MediaType.parseMediaType("text/csv"));
			body = "code,name,name_hi,lgd_code\n";
		}
		else if (parts[0].equals("POST")) {
			headers.setContentType(MediaType.APPLICATION_JSON);
			body = path.endsWith("/triage")
					? Map.of("incidentType", "PHYSICAL_ASSAULT", "riskLevel", "HIGH", "child", false,
							"consentForReferral", "GIVEN", "consentForWomensGroups", "GIVEN", "providerIds", List.of())
					: path.endsWith("escalate") ? Map.of("reason", "matrix") : Map.of();
		}
		TestRestTemplate http = role.equals("ANONYMOUS") ? plain() : as(role);
		ResponseEntity<String> response = http.exchange(path, HttpMethod.valueOf(parts[0]),
				new HttpEntity<>(body, headers), String.class);
		assertThat(response.getStatusCode().value())
			.as("%s as %s on the %s case: %s", endpoint, role, which, response.getBody())
			.isEqualTo(expected);
	}

	@Test
	void noSurvivorDetailIsStoredInPlainTextInAnyTableOfTheProjectOrTheEngine() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class);
		assertThat(tables).contains("CASE_SURVIVOR", "CASE_TIMELINE_ENTRY", "AUDIT_ENTRY", "NOTIFICATION",
				"INTAKE_ALERT", "ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY",
				"ACT_HI_PROCINST");
		// The engine keeps activity history, no variable history: what it keeps of the
		// cases (history, and variables of running ones) is searched below.
		assertThat(this.jdbc.queryForObject("select count(*) from act_hi_actinst", Integer.class)).isPositive();
		Set<String> found = new TreeSet<>();
		long values = 0;
		for (String table : tables) {
			values += this.jdbc.query("select * from \"" + table + "\"", (ResultSet rs) -> {
				long seen = 0;
				ResultSetMetaData meta = rs.getMetaData();
				while (rs.next()) {
					for (int c = 1; c <= meta.getColumnCount(); c++) {
						String text = asText(rs.getObject(c));
						if (text == null) {
							continue;
						}
						seen++;
						for (String secret : SECRETS) {
							if (text.contains(secret)) {
								found.add(table + "." + meta.getColumnName(c) + " holds '" + secret + "'");
							}
						}
					}
				}
				return seen;
			});
		}
		assertThat(values).isGreaterThan(1000);
		assertThat(found).isEmpty();
		// Encrypted, with the key id, and still readable by those entitled to it.
		assertThat(this.jdbc.queryForList("select display_name from case_survivor where case_id = ?", String.class,
				UUID.fromString(this.caseIds.get("own"))))
			.singleElement()
			.asString()
			.startsWith("v1:demo:");
		Map<String, Object> survivor = call(as("COORDINATOR"), HttpMethod.GET,
				"/api/cases/" + this.caseIds.get("own") + "/survivor", null, HttpStatus.OK);
		assertThat(survivor).containsEntry("displayName", SECRETS.get(0))
			.containsEntry("phone", SECRETS.get(1))
			.containsEntry("age", 23)
			.containsEntry("address", SECRETS.get(2));
		// Verifying seals the entries still pending.
		assertThat(call(as("ADMIN"), HttpMethod.GET, "/api/admin/audit/verify", null, HttpStatus.OK))
			.containsEntry("intact", true);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'READ_SURVIVOR' and actor = 'coord.lko' and case_id = ?",
				Integer.class, UUID.fromString(this.caseIds.get("own"))))
			.isPositive();
	}

	private static String asText(Object value) throws java.sql.SQLException {
		if (value == null) {
			return null;
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.UTF_16);
		}
		if (value instanceof Blob blob) {
			return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return value.toString();
	}

	@Test
	void aChangedAuditEntryIsReportedByTheVerification() {
		TestRestTemplate admin = as("ADMIN");
		call(admin, HttpMethod.GET, "/api/cases/" + this.caseIds.get("own"), null, HttpStatus.OK);
		assertThat(call(admin, HttpMethod.GET, "/api/admin/audit/verify", null, HttpStatus.OK)).containsEntry("intact",
				true);
		long seq = this.jdbc.queryForObject(
				"select max(seq) from audit_entry where actor = 'admin.demo' and action = 'READ'", Long.class);
		String actor = this.jdbc.queryForObject("select actor from audit_entry where seq = ?", String.class, seq);
		this.jdbc.update("update audit_entry set actor = 'somebody-else' where seq = ?", seq);
		try {
			Map<String, Object> report = call(admin, HttpMethod.GET, "/api/admin/audit/verify", null, HttpStatus.OK);
			assertThat(report).containsEntry("intact", false);
			assertThat(((Number) report.get("firstBrokenSeq")).longValue()).isEqualTo(seq);
			assertThat((String) report.get("problem")).contains("does not match its hash");
		}
		finally {
			this.jdbc.update("update audit_entry set actor = ? where seq = ?", actor, seq);
		}
		assertThat(call(admin, HttpMethod.GET, "/api/admin/audit/verify", null, HttpStatus.OK)).containsEntry("intact",
				true);
	}

	@Test
	void aRefusedReadOfSurvivorDetailsIsAuditedThoughTheRequestRollsBack() {
		UUID other = UUID.fromString(this.caseIds.get("other"));
		String count = "select count(*) from audit_entry where action = 'READ_SURVIVOR' and actor = 'coord.lko'"
				+ " and outcome = 'NOT_VISIBLE' and case_id = ?";
		int before = this.jdbc.queryForObject(count, Integer.class, other);
		call(as("COORDINATOR"), HttpMethod.GET, "/api/cases/" + other + "/survivor", null, HttpStatus.NOT_FOUND);
		// Verifying seals the entries still pending.
		assertThat(call(as("ADMIN"), HttpMethod.GET, "/api/admin/audit/verify", null, HttpStatus.OK))
			.containsEntry("intact", true);
		assertThat(this.jdbc.queryForObject(count, Integer.class, other)).isEqualTo(before + 1);
	}

	@Test
	void signInIsRefusedAfterTooManyFailuresEvenWithTheRightPassword() {
		TestRestTemplate wrong = SignIn.as(plain(), "state.mp", "not-the-password");
		for (int i = 0; i < 5; i++) {
			assertThat(wrong.getForEntity("/api/directory/hubs", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		TestRestTemplate right = SignIn.as(plain(), "state.mp", SignIn.DEMO_PASSWORD);
		assertThat(right.getForEntity("/api/directory/hubs", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(as("STATE_OFFICIAL").getForEntity("/api/directory/hubs", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void pagesAskForSignInAndCarrySecurityHeaders() {
		ResponseEntity<String> login = plain().getForEntity("/login", String.class);
		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(login.getBody()).contains("_csrf");
		assertThat(login.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(login.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
		HttpHeaders html = new HttpHeaders();
		html.setAccept(List.of(MediaType.TEXT_HTML));
		ResponseEntity<String> cockpit = plain().exchange("/camunda/app/cockpit/default/", HttpMethod.GET,
				new HttpEntity<>(html), String.class);
		// The client follows the redirect to the sign-in form.
		assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cockpit.getBody()).contains("name=\"username\"").contains("_csrf");
		// Camunda's webapps are for administrators only.
		assertThat(as("ADMIN")
			.exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(html), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as("COORDINATOR")
			.exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(html), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		// A form post with a session but without the CSRF token is refused.
		HttpHeaders form = new HttpHeaders();
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		assertThat(
				plain().exchange("/logout", HttpMethod.POST, new HttpEntity<>("", form), String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private TestRestTemplate plain() {
		TestRestTemplate http = new TestRestTemplate();
		http.setUriTemplateHandler(
				new org.springframework.web.util.DefaultUriBuilderFactory("http://localhost:" + this.port));
		return http;
	}

	private TestRestTemplate as(String role) {
		String user = USERS.get(role);
		return SignIn.as(plain(), user, user.equals("admin") ? SignIn.ADMIN_PASSWORD : SignIn.DEMO_PASSWORD);
	}

	private static Map<String, Object> call(TestRestTemplate http, HttpMethod method, String path, Object body,
			HttpStatus expected) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		ResponseEntity<Map<String, Object>> response = http.exchange(path, method, new HttpEntity<>(body, headers),
				JSON);
		assertThat(response.getStatusCode()).as("%s %s answered %s", method, path, response.getBody())
			.isEqualTo(expected);
		return response.getBody();
	}

}
