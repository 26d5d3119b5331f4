package org.eksaath.genderhub.intake.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.eksaath.genderhub.support.PostgresSupport;
import org.eksaath.genderhub.support.RequiresPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert's way on the production database: a Saathi's SMS opens a case, its text is
 * stored encrypted and shown only to his hub's coordinator, a police desk's ACK tells him
 * help is on the way, the case climbs to the state and is handed back to the district on
 * a new clock, and once closed and past retention its text is removed. The demo directory
 * and users of the embedded default, on a PostgreSQL database of its own.
 */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IntakeClient.PROPERTIES, "genderhub.intake.twilio-auth-token=" + IntakeClient.TWILIO_TOKEN,
				"genderhub.notification.dispatcher.enabled=false" })
class IntakePostgresIT {

	static final String SAATHI = "+915000100002";

	static final String POLICE_DESK = "+915000000031";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String url = PostgresSupport.createDatabase("intake");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> PostgresSupport.USER);
		registry.add("spring.datasource.password", () -> "");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AlertRetention retention;

	@Test
	void anAlertFromSmsToAClosedCaseOnPostgres() {
		IntakeClient client = new IntakeClient(this.port);
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

		client.twilio(SAATHI, "HELP MAAR Mohanlalganj Qpostgres beaten near the well");
		Map<String, Object> alert = this.jdbc.queryForMap(
				"select id, case_id, case_reference, status, hub_code, raw_text from intake_alert where sender_phone = ?",
				SAATHI);
		String reference = (String) alert.get("case_reference");
		UUID caseId = (UUID) alert.get("case_id");
		assertThat(alert).containsEntry("status", "PROCESSED").containsEntry("hub_code", "HUB-UP-LKO-C");
		assertThat((String) alert.get("raw_text")).startsWith("v1:").doesNotContain("Qpostgres");
		assertThat(client.getAs("coord.lko", "/api/alerts?status=PROCESSED").body()).contains("Qpostgres beaten");
		assertThat(client.getAs("coord.vns", "/api/alerts?status=PROCESSED").body()).doesNotContain("Qpostgres");

		long police = this.jdbc.queryForObject("select id from dir_provider where code = 'PRV-UP-LKO-POLICE'",
				Long.class);
		assertThat(client.triage(reference, police).statusCode()).isEqualTo(200);
		client.twilio(POLICE_DESK, "ACK " + reference);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where case_id = ? and template = 'HELP_ON_THE_WAY' and recipient_kind = 'SAATHI'",
				Integer.class, caseId))
			.isPositive();

		assertThat(client.staffPost("/api/cases/" + reference + "/escalate", "{\"reason\":\"No answer\"}").statusCode())
			.isEqualTo(200);
		assertThat(client.staffPost("/api/cases/" + reference + "/escalate", "{\"reason\":\"Worse\"}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> back = client.staffPost("/api/cases/" + reference + "/de-escalate",
				"{\"reason\":\"Collector took charge\"}");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("\"tier\":\"DISTRICT\"", "BoundaryEvent_DistrictSla")
			.doesNotContain("BoundaryEvent_StateReminder");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where case_id = ? and template = 'HANDED_BACK_DISTRICT'",
				Integer.class, caseId))
			.isPositive();

		assertThat(client.staffPost("/api/cases/" + reference + "/officials-acted", "{}").statusCode()).isEqualTo(200);
		client.twilio(POLICE_DESK, "DONE " + reference);
		assertThat(client.staffPost("/api/cases/" + reference + "/resolve", "{}").statusCode()).isEqualTo(200);
		assertThat(client.staffPost("/api/cases/" + reference + "/close", "{}").statusCode()).isEqualTo(200);
		this.jdbc.update("update intake_alert set case_closed_at = ? where case_id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(400))), caseId);

		assertThat(this.retention.removeExpired()).isPositive();
		assertThat(client.getAs("coord.lko", "/api/alerts?status=PROCESSED").body()).doesNotContain("Qpostgres")
			.contains(Alert.REMOVED_TEXT);
	}

}
