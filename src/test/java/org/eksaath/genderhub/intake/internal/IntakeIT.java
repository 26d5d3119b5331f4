package org.eksaath.genderhub.intake.internal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.cases.CaseWorkflow;
import org.eksaath.genderhub.cases.SlaDeadline;
import org.eksaath.genderhub.notification.internal.TwilioSignatures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts and replies through every channel over real HTTP, with the demo directory, the
 * real case workflow and the notification outbox: the case opened, the clock started, the
 * reply sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IntakeClient.PROPERTIES, "genderhub.intake.twilio-auth-token=" + IntakeClient.TWILIO_TOKEN,
				"genderhub.intake.gateway-signing-key=" + IntakeClient.GATEWAY_KEY,
				"genderhub.intake.api-keys=partner-a=" + IntakeClient.API_KEY,
				"genderhub.notification.dispatcher.enabled=false" })
class IntakeIT {

	/** Demo Saathi 002, English, block Malihabad (UP-LKO-MAL) in Lucknow. */
	static final String SAATHI_EN = "+915000100002";

	/** Demo Saathi 001, Hindi, Malihabad, on WhatsApp too. */
	static final String SAATHI_HI = "+915000100001";

	/** Demo Saathi 003, Hindi, Bakshi Ka Talab. */
	static final String SAATHI_BKT = "+915000100003";

	/** First desk contact of the Lucknow police help desk. */
	static final String POLICE_DESK = "+915000000031";

	/** First district official of Lucknow. */
	static final String DISTRICT_OFFICIAL = "+915000000003";

	/** First desk contact of the Lucknow One Stop Centre. */
	static final String OSC_DESK = "+915000000033";

	private static final Pattern MESSAGE = Pattern.compile("<Message>(.*)</Message>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RateLimiter limiter;

	@Autowired
	AlertRetention retention;

	IntakeClient client;

	@BeforeEach
	void setUp() {
		this.client = new IntakeClient(this.port);
		this.limiter.reset();
	}

	@Test
	void anEnglishSmsThroughTwilioOpensACaseStartsItsClockAndQueuesTheSaathisReceipt() {
		HttpResponse<String> response = this.client.twilio(SAATHI_EN, "HELP DV Malihabad husband beats her daily");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).contains("xml"));
		// The receipt goes out once, through the notification outbox, not in the TwiML
		// too.
		assertThat(response.body()).contains("<Response").doesNotContain("<Message>");
		Map<String, Object> alert = latestAlert(SAATHI_EN);
		assertThat(alert).containsEntry("STATUS", "PROCESSED").containsEntry("CHANNEL", "SMS");
		UUID caseId = (UUID) alert.get("CASE_ID");
		Map<String, Object> kase = this.jdbc.queryForMap("select * from case_record where id = ?", caseId);
		assertThat(kase).containsEntry("SUB_TYPE", "DOMESTIC_VIOLENCE")
			.containsEntry("INCIDENT_TYPE", "PHYSICAL_ASSAULT")
			.containsEntry("BLOCK_CODE", "UP-LKO-MAL")
			.containsEntry("STATUS", "NEW");
		assertClockStarted(caseId);
		assertThat(receipts(caseId)).singleElement()
			.satisfies((n) -> assertThat((String) n.get("BODY")).contains((String) kase.get("REFERENCE")))
			.satisfies((n) -> assertThat(n).containsEntry("ADDRESS", SAATHI_EN).containsEntry("LANGUAGE", "EN"));
	}

	@Test
	void aHindiWhatsAppMessageWithAMisspeltBlockOpensAChildMarriageCase() {
		HttpResponse<String> response = this.client.twilio("whatsapp:" + SAATHI_HI,
				"मदद शादी मलीहाबाद लड़की 15 साल की है");

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> alert = latestAlert(SAATHI_HI);
		assertThat(alert).containsEntry("STATUS", "PROCESSED").containsEntry("CHANNEL", "WHATSAPP");
		UUID caseId = (UUID) alert.get("CASE_ID");
		assertThat(this.jdbc.queryForMap("select sub_type, block_code from case_record where id = ?", caseId))
			.containsEntry("SUB_TYPE", "CHILD_MARRIAGE")
			.containsEntry("BLOCK_CODE", "UP-LKO-MAL");
		assertClockStarted(caseId);
		assertThat(receipts(caseId)).singleElement()
			.satisfies((n) -> assertThat((String) n.get("BODY")).startsWith("धन्यवाद"));
	}

	@Test
	void aForgedOrMissingTwilioSignatureIsRefusedAndNothingIsStored() {
		Map<String, String> params = Map.of("MessageSid", "SMforged", "From", SAATHI_EN, "Body", "HELP DV Malihabad");
		long before = count();

		assertThat(
				this.client
					.twilio(params,
							TwilioSignatures.sign("wrong-token", IntakeClient.PUBLIC_URL + "/api/intake/twilio",
									params))
					.statusCode())
			.isEqualTo(403);
		assertThat(this.client.twilio(params, null).statusCode()).isEqualTo(403);
		// Signed for other parameters than those sent.
		String signed = TwilioSignatures.sign(IntakeClient.TWILIO_TOKEN, IntakeClient.PUBLIC_URL + "/api/intake/twilio",
				Map.of("MessageSid", "SMforged", "From", SAATHI_EN, "Body", "HELP DV Mohanlalganj"));
		assertThat(this.client.twilio(params, signed).statusCode()).isEqualTo(403);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theSameSenderAboutTheSamePlaceJoinsTheOpenCaseAndTheReplyNamesIt() {
		this.client.twilio(SAATHI_BKT, "HELP MAAR Rampur mother and daughter beaten");
		Map<String, Object> first = latestAlert(SAATHI_BKT);
		assertThat(first).containsEntry("STATUS", "PROCESSED");

		HttpResponse<String> again = this.client.twilio(SAATHI_BKT, "help maar rampur they came back");

		assertThat(message(again)).contains((String) first.get("CASE_REFERENCE"));
		Map<String, Object> second = latestAlert(SAATHI_BKT);
		assertThat(second).containsEntry("STATUS", "DUPLICATE").containsEntry("CASE_ID", first.get("CASE_ID"));
		assertThat(this.jdbc.queryForObject("select count(*) from case_alert where case_id = ?", Integer.class,
				first.get("CASE_ID")))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select village from case_record where id = ?", String.class,
				first.get("CASE_ID")))
			.isEqualTo("Rampur");
	}

	@Test
	void aMessageThatDoesNotParseIsStoredForACoordinatorAndTheReplySaysItWasReceived() {
		HttpResponse<String> english = this.client.twilio(SAATHI_EN, "please call me, something bad at the well");
		HttpResponse<String> hindi = this.client.twilio(SAATHI_HI, "कृपया फ़ोन करें");

		assertThat(message(english)).contains("received");
		assertThat(message(hindi)).contains("मिल गया");
		assertThat(latestAlert(SAATHI_HI)).containsEntry("STATUS", "UNPARSED");
		HttpResponse<String> list = this.client.get("/api/alerts?status=UNPARSED");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("please call me, something bad at the well").contains("कृपया फ़ोन करें");
	}

	@Test
	void anUnknownSenderIsStoredAndShownButOpensNoCase() {
		long cases = this.jdbc.queryForObject("select count(*) from case_record", Long.class);

		HttpResponse<String> response = this.client.twilio("+915000999123", "HELP DV Malihabad");

		assertThat(message(response)).contains("received");
		assertThat(latestAlert("+915000999123")).containsEntry("STATUS", "UNKNOWN_SENDER");
		assertThat(this.jdbc.queryForObject("select count(*) from case_record", Long.class)).isEqualTo(cases);
		assertThat(this.client.get("/api/alerts?status=UNKNOWN_SENDER").body()).contains("+915000999123");
	}

	@Test
	void aCoordinatorSeesHerOwnHubsAlertsAndThoseOfNoHubAndEveryAlertShownIsAudited() {
		this.client.twilio(SAATHI_EN, "QmarkerLko well water please call");
		this.client.twilio("+915000999124", "QmarkerNobody who do I tell");
		UUID lucknow = (UUID) latestAlert(SAATHI_EN).get("ID");
		UUID nobody = (UUID) latestAlert("+915000999124").get("ID");
		assertThat(this.jdbc.queryForObject("select hub_code from intake_alert where id = ?", String.class, lucknow))
			.isEqualTo("HUB-UP-LKO-C");
		assertThat(this.jdbc.queryForObject("select hub_code from intake_alert where id = ?", String.class, nobody))
			.isNull();
		long audited = auditedReads(lucknow);

		HttpResponse<String> own = this.client.getAs("coord.lko", "/api/alerts");
		HttpResponse<String> other = this.client.getAs("coord.vns", "/api/alerts");
		HttpResponse<String> official = this.client.getAs("official.lko", "/api/alerts");

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("QmarkerLko well water").contains("QmarkerNobody");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).doesNotContain("QmarkerLko").contains("QmarkerNobody");
		assertThat(official.statusCode()).isEqualTo(403);
		assertThat(this.client.get("/api/alerts").body()).contains("QmarkerLko", "QmarkerNobody");
		// Read by coord.lko and by the administrator; coord.vns never saw it.
		assertThat(auditedReads(lucknow)).isEqualTo(audited + 2);
	}

	@Test
	void anAlertsTextIsEncryptedAtRestAndReadBackWhole() {
		String text = "HELP DV Qencrypted गाँव के कुएँ के पास";
		this.client.twilio(SAATHI_HI, text);
		UUID id = (UUID) latestAlert(SAATHI_HI).get("ID");

		String stored = this.jdbc.queryForObject("select raw_text from intake_alert where id = ?", String.class, id);
		assertThat(stored).startsWith("v1:").doesNotContain("Qencrypted").doesNotContain("कुएँ");
		assertThat(this.jdbc.queryForObject("select count(*) from intake_alert where raw_text like '%Qencrypted%'",
				Integer.class))
			.isZero();
		assertThat(this.client.get("/api/alerts?status=UNPARSED&limit=500").body()).doesNotContain("Qencrypted");
		assertThat(this.client.get("/api/alerts?status=UNKNOWN_SENDER&limit=500").body()).doesNotContain("Qencrypted");
	}

	@Test
	void theLongestHindiAlertFitsEncryptedAndIsReadBackWhole() {
		// Three UTF-8 bytes a letter: the most an alert's text can take once encrypted.
		String text = "कृपया " + "क".repeat(Alert.MAX_TEXT - 6);

		HttpResponse<String> response = this.client.api(IntakeClient.API_KEY,
				"{\"text\":\"" + text + "\",\"externalId\":\"long-hindi\"}");

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.body()).contains("UNPARSED");
		assertThat(this.client.get("/api/alerts?status=UNPARSED&limit=500").body()).contains(text);
	}

	@Test
	void alertsStoredInPlainTextBeforeEncryptionStayReadableAndTheKeyRotationJobEncryptsThem() {
		UUID old = UUID.randomUUID();
		this.jdbc
			.update("""
					insert into intake_alert (id, channel, sender_phone, raw_text, received_at, status, version)
					values (?, 'SMS', '+915000999125', 'Qlegacy plain text alert', current_timestamp, 'UNKNOWN_SENDER', 0)""",
					old);
		assertThat(this.client.get("/api/alerts?status=UNKNOWN_SENDER&limit=500").body())
			.contains("Qlegacy plain text alert");

		HttpResponse<String> rotation = this.client.post("/api/admin/encryption/reencrypt");

		assertThat(rotation.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select raw_text from intake_alert where id = ?", String.class, old))
			.startsWith("v1:")
			.doesNotContain("Qlegacy");
		assertThat(this.client.get("/api/alerts?status=UNKNOWN_SENDER&limit=500").body())
			.contains("Qlegacy plain text alert");
	}

	@Test
	void anAlertsTextIsRemovedAYearAfterItsCaseClosedAndTheAlertStays() {
		// A sender and places no other test uses: these open cases of their own.
		this.client.twilio(SAATHI_BKT, "HELP MAAR Mohanlalganj Qretain-closed near the school");
		Map<String, Object> closedCase = latestAlert(SAATHI_BKT);
		this.client.twilio(SAATHI_BKT, "HELP MAAR Malihabad Qretain-open by the canal");
		Map<String, Object> openCase = latestAlert(SAATHI_BKT);
		this.client.twilio("+915000999126", "Qretain-nobody please help");
		UUID noCase = (UUID) latestAlert("+915000999126").get("ID");
		String reference = (String) closedCase.get("CASE_REFERENCE");
		assertThat(this.client.staffPost("/api/cases/" + reference + "/triage", """
				{"incidentType":"PHYSICAL_ASSAULT","riskLevel":"LOW","child":false,"consentForReferral":"GIVEN",
				 "consentForWomensGroups":"REFUSED","providerIds":[]}""").statusCode()).isEqualTo(200);
		assertThat(this.client.staffPost("/api/cases/" + reference + "/resolve", "{}").statusCode()).isEqualTo(200);
		assertThat(this.client.staffPost("/api/cases/" + reference + "/close", "{}").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select case_closed_at from intake_alert where id = ?", Instant.class,
				closedCase.get("ID")))
			.isNotNull();
		// A year and more later (the open case's alert is as old, but its case is open).
		Instant longAgo = Instant.now().minus(Duration.ofDays(400));
		this.jdbc.update("update intake_alert set case_closed_at = ? where id = ?", Timestamp.from(longAgo),
				closedCase.get("ID"));
		this.jdbc.update("update intake_alert set received_at = ? where id in (?, ?, ?)", Timestamp.from(longAgo),
				closedCase.get("ID"), openCase.get("ID"), noCase);

		assertThat(this.retention.removeExpired()).isEqualTo(2);

		String all = this.client.get("/api/alerts?status=PROCESSED&limit=500").body()
				+ this.client.get("/api/alerts?status=UNKNOWN_SENDER&limit=500").body();
		assertThat(all).doesNotContain("Qretain-closed", "Qretain-nobody")
			.contains("Qretain-open by the canal", Alert.REMOVED_TEXT);
		assertThat(this.jdbc.queryForList(
				"select status from intake_alert where id in (?, ?) and text_removed_at is not null", String.class,
				closedCase.get("ID"), noCase))
			.containsExactlyInAnyOrder("PROCESSED", "UNKNOWN_SENDER");
		assertThat(this.jdbc.queryForObject("select text_removed_at from intake_alert where id = ?", Instant.class,
				openCase.get("ID")))
			.isNull();
	}

	private long auditedReads(UUID alertId) {
		return this.jdbc.queryForObject(
				"select (select count(*) from audit_entry where outcome = ?) + (select count(*) from audit_pending where outcome = ?)",
				Long.class, "ALLOWED alert " + alertId, "ALLOWED alert " + alertId);
	}

	@Test
	void providersAnswerAReferralBySmsOnlyFromThePhonesItWasSentTo() {
		this.client.twilio(SAATHI_EN, "HELP MAAR Mohanlalganj");
		Map<String, Object> alert = latestAlert(SAATHI_EN);
		String reference = (String) alert.get("CASE_REFERENCE");
		UUID caseId = (UUID) alert.get("CASE_ID");
		long police = this.jdbc.queryForObject("select id from dir_provider where code = 'PRV-UP-LKO-POLICE'",
				Long.class);
		triage(reference, police);

		HttpResponse<String> stranger = this.client.twilio(OSC_DESK, "ACK " + reference);
		assertThat(message(stranger)).contains("not recorded");
		assertThat(latestAlert(OSC_DESK)).containsEntry("STATUS", "REJECTED");
		assertThat(referralStatus(caseId, police)).isEqualTo("REQUESTED");

		HttpResponse<String> ack = this.client.twilio(POLICE_DESK, "हाँ " + reference.toLowerCase());
		assertThat(message(ack)).contains(reference).contains("स्वीकार");
		assertThat(referralStatus(caseId, police)).isEqualTo("ACKNOWLEDGED");
		// The Saathi who raised it hears that help is on the way, by SMS.
		assertThat(this.jdbc.queryForList(
				"select body from notification where case_id = ? and template = 'HELP_ON_THE_WAY' and recipient_kind = 'SAATHI' and channel = 'SMS'",
				String.class, caseId))
			.singleElement()
			.asString()
			.startsWith("Help is on the way")
			.contains(reference);

		HttpResponse<String> done = this.client.twilio(POLICE_DESK, "हो गया " + reference);
		assertThat(message(done)).contains(reference);
		assertThat(referralStatus(caseId, police)).isEqualTo("ACTED");
		assertThat(latestAlert(POLICE_DESK)).containsEntry("STATUS", "PROCESSED").containsEntry("CASE_ID", caseId);
	}

	@Test
	void policeAndDistrictOfficialsToldOfImmediateDangerAnswerItBySms() {
		this.client.twilio(SAATHI_EN, "HELP MAAR Bakshi Ka Talab");
		Map<String, Object> alert = latestAlert(SAATHI_EN);
		String reference = (String) alert.get("CASE_REFERENCE");
		UUID caseId = (UUID) alert.get("CASE_ID");
		// Immediate danger found at triage, no provider referred: police desks and
		// district
		// officials are told at once and asked to reply ACK, then DONE.
		assertThat(this.client.staffPost("/api/cases/" + reference + "/triage", """
				{"incidentType":"PHYSICAL_ASSAULT","riskLevel":"IMMEDIATE_DANGER","child":false,
				 "consentForReferral":"GIVEN","consentForWomensGroups":"REFUSED","providerIds":[]}""").statusCode())
			.isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where case_id = ? and template = 'IMMEDIATE_DANGER'", Integer.class,
				caseId))
			.isPositive();

		HttpResponse<String> ack = this.client.twilio(POLICE_DESK, "ACK " + reference);
		HttpResponse<String> official = this.client.twilio(DISTRICT_OFFICIAL, "ACK " + reference);
		HttpResponse<String> done = this.client.twilio(POLICE_DESK, "DONE " + reference);

		assertThat(message(ack)).contains(reference).doesNotContain("not recorded");
		assertThat(message(official)).contains(reference).doesNotContain("not recorded");
		assertThat(message(done)).contains(reference).doesNotContain("not recorded");
		assertThat(latestAlert(POLICE_DESK)).containsEntry("STATUS", "PROCESSED");
		assertThat(latestAlert(DISTRICT_OFFICIAL)).containsEntry("STATUS", "PROCESSED");
		assertThat(this.jdbc.queryForList(
				"select kind from case_timeline_entry where case_id = ? and kind like '%BY_SMS' order by id",
				String.class, caseId))
			.containsExactly("ACKNOWLEDGED_BY_SMS", "ACKNOWLEDGED_BY_SMS", "DONE_BY_SMS");
		// The police taking it up is help on the way for the Saathi (once).
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where case_id = ? and template = 'HELP_ON_THE_WAY' and channel = 'SMS'",
				Integer.class, caseId))
			.isOne();
		// Someone the case was never sent to is still refused.
		assertThat(message(this.client.twilio(OSC_DESK, "ACK " + reference))).contains("not recorded");
	}

	@Test
	void aProviderDeclinesWithAReasonInEnglish() {
		this.client.twilio(SAATHI_HI, "HELP DAHEJ Kakori");
		Map<String, Object> alert = latestAlert(SAATHI_HI);
		String reference = (String) alert.get("CASE_REFERENCE");
		long police = this.jdbc.queryForObject("select id from dir_provider where code = 'PRV-UP-LKO-POLICE'",
				Long.class);
		triage(reference, police);

		HttpResponse<String> no = this.client.twilio(POLICE_DESK, "NO " + reference + " no officer free tonight");

		assertThat(message(no)).contains(reference);
		assertThat(referralStatus((UUID) alert.get("CASE_ID"), police)).isEqualTo("DECLINED");
	}

	@Test
	void aReplyAboutACaseThatDoesNotExistIsRejected() {
		HttpResponse<String> response = this.client.twilio(POLICE_DESK, "ACK ZZZZZZ");
		assertThat(message(response)).contains("ZZZZZZ");
		assertThat(latestAlert(POLICE_DESK)).containsEntry("STATUS", "REJECTED");
	}

	@Test
	void theSmsGatewayWebhookOpensACaseWhenSignedAndRefusesForgeriesAndOldTimestamps() {
		String id = "evt-" + UUID.randomUUID();
		String json = IntakeClient.gatewayEvent(id, "5000100003", "MADAD GHAR Bakshi ka talab pati maarta hai");

		HttpResponse<String> good = this.client.gateway(json);

		assertThat(good.statusCode()).isEqualTo(200);
		assertThat(good.body()).contains("\"status\":\"PROCESSED\"").contains("caseReference");
		Map<String, Object> alert = latestAlert(SAATHI_BKT);
		assertThat(alert).containsEntry("CHANNEL", "SMS_GATEWAY").containsEntry("EXTERNAL_ID", id);
		UUID caseId = (UUID) alert.get("CASE_ID");
		assertThat(this.jdbc.queryForObject("select block_code from case_record where id = ?", String.class, caseId))
			.isEqualTo("UP-LKO-BKT");
		assertClockStarted(caseId);
		assertThat(receipts(caseId)).hasSize(1);

		// The app retries the same event: answered, not processed again.
		HttpResponse<String> replay = this.client.gateway(json);
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(replay.body()).contains("\"replay\":true");
		assertThat(
				this.jdbc.queryForObject("select count(*) from intake_alert where external_id = ?", Integer.class, id))
			.isEqualTo(1);

		byte[] body = IntakeClient.gatewayEvent("evt-" + UUID.randomUUID(), "5000100003", "MADAD GHAR Rampur")
			.getBytes(StandardCharsets.UTF_8);
		String now = Long.toString(Instant.now().getEpochSecond());
		assertThat(this.client.gateway(body, now, IntakeClient.gatewaySignature("other-key", body, now)).statusCode())
			.isEqualTo(403);
		assertThat(this.client.gateway(body, now, null).statusCode()).isEqualTo(403);
		String old = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
		assertThat(this.client.gateway(body, old, IntakeClient.gatewaySignature(IntakeClient.GATEWAY_KEY, body, old))
			.statusCode()).isEqualTo(403);
		String ping = "{\"event\":\"system:ping\",\"id\":\"p1\",\"payload\":{}}";
		assertThat(this.client.gateway(ping).statusCode()).isEqualTo(200);
	}

	@Test
	void aPartnerSystemPostsAlertsWithItsKey() {
		HttpResponse<String> created = this.client.api(IntakeClient.API_KEY, """
				{"text":"Girl of 14 to be married on Sunday","senderPhone":"+915000100004","externalId":"p-1",
				 "place":{"stateCode":"UP","districtCode":"UP-LKO","blockCode":"UP-LKO-BKT","village":"Itaunja"},
				 "subType":"CHILD_MARRIAGE"}""");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"PROCESSED\"").contains("caseReference");
		Map<String, Object> alert = latestAlert("+915000100004");
		assertThat(alert).containsEntry("API_KEY_ID", "partner-a").containsEntry("CHANNEL", "API");
		assertClockStarted((UUID) alert.get("CASE_ID"));

		HttpResponse<String> hindi = this.client.api(IntakeClient.API_KEY,
				"{\"text\":\"मदद बलात्कार मोहनलालगंज\",\"externalId\":\"p-2\"}");
		assertThat(hindi.statusCode()).isEqualTo(201);

		HttpResponse<String> unparsed = this.client.api(IntakeClient.API_KEY, "{\"text\":\"call the hub please\"}");
		assertThat(unparsed.statusCode()).isEqualTo(202);
		assertThat(unparsed.body()).contains("UNPARSED");

		assertThat(this.client.api(null, "{\"text\":\"HELP DV Malihabad\"}").statusCode()).isEqualTo(401);
		assertThat(this.client.api("partner-a-key-0123456788", "{\"text\":\"HELP DV Malihabad\"}").statusCode())
			.isEqualTo(401);
		HttpResponse<String> malformed = this.client.api(IntakeClient.API_KEY, "{\"text\":");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("JSON");
		assertThat(this.client.api(IntakeClient.API_KEY, "{\"text\":\"\"}").body()).contains("text");
		HttpResponse<String> huge = this.client.api(IntakeClient.API_KEY, "{\"text\":\"" + "x".repeat(20_000) + "\"}");
		assertThat(huge.statusCode()).isEqualTo(413);
	}

	@Test
	void tooManyMessagesFromOnePhoneGet429() {
		int limited = 0;
		for (int i = 0; i < 12; i++) {
			HttpResponse<String> response = this.client.twilio("+915000999777", "hello " + i);
			if (response.statusCode() == 429) {
				limited++;
				assertThat(response.body()).contains("too many messages");
			}
		}
		assertThat(limited).isEqualTo(2);
	}

	@Test
	void aSaathiSignsInToTheWebFormWithACodeBySmsAndSeesTheCaseNumberInHindi() {
		WebForm form = new WebForm(this.port);
		String start = form.get("/alert");
		assertThat(start).contains("lang=\"hi\"").contains("फ़ोन नंबर").doesNotContain("<script");

		String codePage = form.post("/alert/code", Map.of("phone", "05000100001"));
		assertThat(codePage).contains("कोड");
		String code = latestCode(SAATHI_HI);

		assertThat(form.post("/alert/verify", Map.of("code", code.equals("000000") ? "111111" : "000000")))
			.contains("सही नहीं");
		String alertPage = form.post("/alert/verify", Map.of("code", code));
		assertThat(alertPage).contains("name=\"place\"");

		String done = form.post("/alert/send",
				Map.of("type", "SHAADI", "place", "Mohanlalganj", "details", "शादी रविवार को है"));

		Map<String, Object> alert = latestAlert(SAATHI_HI);
		assertThat(alert).containsEntry("CHANNEL", "WEB_FORM").containsEntry("STATUS", "PROCESSED");
		assertThat(done).contains("आपका अलर्ट केस").contains((String) alert.get("CASE_REFERENCE"));
		assertClockStarted((UUID) alert.get("CASE_ID"));
		assertThat(receipts((UUID) alert.get("CASE_ID"))).hasSize(1);
		// A code works once.
		assertThat(form.post("/alert/verify", Map.of("code", code))).contains("सही नहीं");
	}

	@Test
	void theWebFormInEnglishRefusesAPostWithoutItsTokenAndAnUnregisteredPhoneGetsNoCode() {
		WebForm form = new WebForm(this.port);
		assertThat(form.get("/alert?lang=en")).contains("Your registered phone number");
		long codes = this.jdbc.queryForObject("select count(*) from intake_login_code", Long.class);

		assertThat(form.post("/alert/code", Map.of("phone", "+915000999555", "lang", "en")))
			.contains("If this number is registered");
		assertThat(this.jdbc.queryForObject("select count(*) from intake_login_code", Long.class)).isEqualTo(codes);

		HttpResponse<String> forged = this.client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/alert/send"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("type=DV&place=Malihabad&formToken=guess&lang=en"))
			.build());
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("start again").doesNotContain("case");

		WebForm english = new WebForm(this.port);
		english.get("/alert?lang=en");
		english.post("/alert/code", Map.of("phone", SAATHI_EN, "lang", "en"));
		english.post("/alert/verify", Map.of("code", latestCode(SAATHI_EN), "lang", "en"));
		String done = english.post("/alert/send",
				Map.of("type", "OTHER", "place", "somewhere", "details", "please call", "lang", "en"));
		assertThat(done).contains("received");
		assertThat(latestAlert(SAATHI_EN)).containsEntry("STATUS", "UNPARSED").containsEntry("CHANNEL", "WEB_FORM");
	}

	private String latestCode(String phone) {
		String body = this.jdbc.queryForObject(
				"select body from notification where template = 'ONE_TIME_CODE' and address = ? order by created_at desc limit 1",
				String.class, phone);
		Matcher m = Pattern.compile("(\\d{6})").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return m.group(1);
	}

	/**
	 * A browser without JavaScript: keeps its cookie and posts the forms' hidden fields.
	 */
	static final class WebForm {

		private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.build();

		private final String base;

		private String token;

		WebForm(int port) {
			this.base = "http://localhost:" + port;
		}

		String get(String path) {
			return remember(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.base + path)).GET()));
		}

		String post(String path, Map<String, String> fields) {
			Map<String, String> all = new java.util.LinkedHashMap<>(fields);
			all.put("formToken", this.token);
			return remember(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(IntakeClient.form(all)))));
		}

		private String remember(String html) {
			Matcher m = Pattern.compile("name=\"formToken\" value=\"([0-9a-f]+)\"").matcher(html);
			if (m.find()) {
				this.token = m.group(1);
			}
			return html;
		}

		private String send(java.net.http.HttpRequest.Builder request) {
			try {
				HttpResponse<String> response = this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				assertThat(response.statusCode()).isLessThan(500);
				return response.body();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private void triage(String reference, long providerId) {
		HttpResponse<String> triaged = this.client.triage(reference, providerId);
		assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
	}

	private String referralStatus(UUID caseId, long providerId) {
		return this.jdbc.queryForObject("select status from case_referral where case_id = ? and provider_id = ?",
				String.class, caseId, providerId);
	}

	private void assertClockStarted(UUID caseId) {
		assertThat(this.workflow.deadlines(caseId)).extracting(SlaDeadline::step).contains("BoundaryEvent_TriageSla");
		assertThat(this.management.createJobQuery()
			.timers()
			.processInstanceId(this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(caseId.toString())
				.list()
				.get(0)
				.getId())
			.count()).isGreaterThanOrEqualTo(1);
	}

	private List<Map<String, Object>> receipts(UUID caseId) {
		return this.jdbc.queryForList(
				"select * from notification where case_id = ? and template = 'RECEIPT_SAATHI' and channel = 'SMS'",
				caseId);
	}

	private Map<String, Object> latestAlert(String phone) {
		return this.jdbc.queryForList(
				"select * from intake_alert where sender_phone = ? order by received_at desc, processed_at desc", phone)
			.get(0);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from intake_alert", Long.class);
	}

	private static String message(HttpResponse<String> twiml) {
		assertThat(twiml.statusCode()).as(twiml.body()).isEqualTo(200);
		Matcher m = MESSAGE.matcher(twiml.body());
		assertThat(m.find()).as(twiml.body()).isTrue();
		return m.group(1);
	}

}
