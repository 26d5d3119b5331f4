package org.eksaath.genderhub.intake.internal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

		HttpResponse<String> done = this.client.twilio(POLICE_DESK, "हो गया " + reference);
		assertThat(message(done)).contains(reference);
		assertThat(referralStatus(caseId, police)).isEqualTo("ACTED");
		assertThat(latestAlert(POLICE_DESK)).containsEntry("STATUS", "PROCESSED").containsEntry("CASE_ID", caseId);
	}

	@Test
	void aProviderDeclinesWithAReasonInEnglish() {
		this.client.twilio(SAATHI_HI, "HELP DAHEJ Mohanlalganj");
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

	private void triage(String reference, long providerId) {
		HttpResponse<String> triaged = this.client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/cases/" + reference + "/triage"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"incidentType":"PHYSICAL_ASSAULT","riskLevel":"HIGH","child":false,"consentForReferral":"GIVEN",
					 "consentForWomensGroups":"REFUSED","providerIds":[%d],"actor":"coordinator-1"}"""
				.formatted(providerId)))
			.build());
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
