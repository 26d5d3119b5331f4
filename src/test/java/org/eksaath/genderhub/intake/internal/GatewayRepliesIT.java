package org.eksaath.genderhub.intake.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.twilio.http.HttpClient;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.notification.internal.LocalTwilioHttpClient;
import org.eksaath.genderhub.notification.internal.TwilioStandIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sender hears back when his SMS reached the hub through its Android SMS gateway,
 * whose webhook cannot carry an answer: intake's reply goes out as an SMS of its own,
 * through the notification outbox and the real Twilio SDK to a local stand-in for
 * Twilio's API. Twilio's own webhook keeps answering in TwiML, not by a second SMS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IntakeClient.PROPERTIES, "genderhub.intake.twilio-auth-token=" + IntakeClient.TWILIO_TOKEN,
				"genderhub.intake.gateway-signing-key=" + IntakeClient.GATEWAY_KEY,
				"genderhub.public-url=https://genderhub.test",
				"genderhub.notification.twilio.account-sid=" + TwilioStandIn.ACCOUNT_SID,
				"genderhub.notification.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
				"genderhub.notification.twilio.messaging-service-sid=" + TwilioStandIn.MESSAGING_SERVICE_SID,
				"genderhub.notification.twilio.sms-per-second=50" })
class GatewayRepliesIT {

	static final TwilioStandIn twilio = new TwilioStandIn();

	/** Demo Saathi 003, Hindi, Bakshi Ka Talab. */
	static final String SAATHI_BKT = "+915000100003";

	/** Demo Saathi 002, English, Malihabad. */
	static final String SAATHI_EN = "+915000100002";

	/** Demo Saathi 004, who raises the case the police desk answers. */
	static final String SAATHI_4 = "+915000100004";

	/** First desk contact of the Lucknow police help desk (Hindi). */
	static final String POLICE_DESK = "+915000000031";

	/** First desk contact of the Lucknow One Stop Centre. */
	static final String OSC_DESK = "+915000000033";

	private static final Duration WAIT = Duration.ofSeconds(15);

	@TestConfiguration(proxyBeanMethods = false)
	static class TwilioRoutedToStandIn {

		@Bean
		HttpClient twilioHttpClient() {
			return new LocalTwilioHttpClient(twilio.baseUri(), Timeout.ofSeconds(5));
		}

	}

	@AfterAll
	static void stopStandIn() {
		twilio.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimiter limiter;

	IntakeClient client;

	@BeforeEach
	void setUp() {
		this.client = new IntakeClient(this.port);
		this.limiter.reset();
	}

	@Test
	void aDuplicateThroughTheGatewayIsAnsweredBySmsNamingTheEarlierCase() {
		HttpResponse<String> first = gateway(UUID.randomUUID().toString(), "5000100003",
				"MADAD MAAR Rampur maa aur beti ko peeta");
		assertThat(first.body()).contains("\"status\":\"PROCESSED\"");
		Map<String, Object> opened = latestAlert(SAATHI_BKT);
		String reference = (String) opened.get("CASE_REFERENCE");

		HttpResponse<String> again = gateway(UUID.randomUUID().toString(), "5000100003", "madad maar rampur phir aaye");

		assertThat(again.body()).contains("\"status\":\"DUPLICATE\"");
		// Hindi, the Saathi's language: "added to the earlier case <ref>".
		Map<String, String> sms = awaitSms(SAATHI_BKT, "पहले के केस");
		assertThat(sms.get("Body")).contains(reference).doesNotContain("peeta", "phir");
		// The message that opened the case is answered by the receipt only, not also by
		// a reply.
		assertThat(replies((UUID) opened.get("ID"))).isEmpty();
		assertThat(replies((UUID) latestAlert(SAATHI_BKT).get("ID"))).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("RECIPIENT_KIND", "SAATHI")
				.containsEntry("LANGUAGE", "HI")
				.containsEntry("CHANNEL", "SMS"));
	}

	@Test
	void aProvidersReplyCodeThroughTheGatewayIsConfirmedOrRefusedBySms() {
		this.client.twilio(SAATHI_4, "HELP MAAR Mohanlalganj");
		String reference = (String) latestAlert(SAATHI_4).get("CASE_REFERENCE");
		long police = this.jdbc.queryForObject("select id from dir_provider where code = 'PRV-UP-LKO-POLICE'",
				Long.class);
		HttpResponse<String> triaged = this.client.triage(reference, police);
		assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);

		// A desk the case was not referred to: the reply is refused, and it hears so.
		gateway(UUID.randomUUID().toString(), OSC_DESK, "ACK " + reference);
		assertThat(latestAlert(OSC_DESK)).containsEntry("STATUS", "REJECTED");
		assertThat(awaitSms(OSC_DESK, reference).get("Body")).containsAnyOf("not recorded", "दर्ज नहीं");

		HttpResponse<String> ack = gateway(UUID.randomUUID().toString(), POLICE_DESK, "ACK " + reference);

		assertThat(ack.body()).contains("\"status\":\"PROCESSED\"");
		assertThat(this.jdbc.queryForObject("select status from case_referral where case_id = ? and provider_id = ?",
				String.class, latestAlert(SAATHI_4).get("CASE_ID"), police))
			.isEqualTo("ACKNOWLEDGED");
		// The desk contact's language is Hindi: "referral ... acknowledged".
		assertThat(awaitSms(POLICE_DESK, "स्वीकार").get("Body")).contains(reference);
	}

	@Test
	void anUnknownSenderIsAnsweredInTheLanguageHeWroteInAndAReplayIsNotAnsweredTwice() {
		String eventId = UUID.randomUUID().toString();
		HttpResponse<String> hindi = gateway(eventId, "+915000999301", "मदद घरेलू हिंसा मलीहाबाद");
		assertThat(hindi.body()).contains("\"status\":\"UNKNOWN_SENDER\"");
		assertThat(awaitSms("+915000999301", "मिल गया").get("Body")).doesNotContain("घरेलू", "मलीहाबाद");

		HttpResponse<String> replay = gateway(eventId, "+915000999301", "मदद घरेलू हिंसा मलीहाबाद");
		assertThat(replay.body()).contains("\"replay\":true");
		// Another sender's answer arriving shows the dispatcher has moved past the
		// replay.
		gateway(UUID.randomUUID().toString(), "+915000999302", "HELP DV Malihabad");
		assertThat(awaitSms("+915000999302", "received").get("Body")).startsWith("Your message was received");

		assertThat(smsTo("+915000999301")).hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where template = 'INTAKE_REPLY' and address = ?", Integer.class,
				"+915000999301"))
			.isEqualTo(1);
	}

	@Test
	void aTwilioMessageIsAnsweredInItsTwimlAndNotAlsoBySms() {
		HttpResponse<String> response = this.client.twilio(SAATHI_EN, "please call me, something bad at the well");

		assertThat(response.body()).contains("<Message>").contains("received");
		UUID alert = (UUID) latestAlert(SAATHI_EN).get("ID");
		assertThat(latestAlert(SAATHI_EN)).containsEntry("STATUS", "UNPARSED");
		// Recorded in the transaction of the outcome, so none now means none ever.
		assertThat(replies(alert)).isEmpty();
		gateway(UUID.randomUUID().toString(), "+915000999303", "hello?");
		awaitSms("+915000999303", "received");
		assertThat(smsTo(SAATHI_EN)).isEmpty();
	}

	@Test
	void aFloodThroughTheGatewayIsRefusedWithoutAnSmsForEachRefusedMessage() {
		int refused = 0;
		for (int i = 0; i < 12; i++) {
			HttpResponse<String> response = gateway(UUID.randomUUID().toString(), "+915000999304", "hello " + i);
			if (response.statusCode() == 429) {
				refused++;
			}
		}

		assertThat(refused).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where template = 'INTAKE_REPLY' and address = ?", Integer.class,
				"+915000999304"))
			.isEqualTo(10);
	}

	private HttpResponse<String> gateway(String eventId, String phone, String text) {
		HttpResponse<String> response = this.client.gateway(IntakeClient.gatewayEvent(eventId, phone, text));
		assertThat(response.statusCode()).as(response.body()).isIn(200, 429);
		return response;
	}

	private static List<Map<String, String>> smsTo(String phone) {
		return twilio.acceptedMessages().stream().filter((m) -> phone.equals(m.get("To"))).toList();
	}

	/** The first SMS that reached the Twilio stand-in for this phone with these words. */
	private static Map<String, String> awaitSms(String phone, String words) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			var found = smsTo(phone).stream().filter((m) -> m.getOrDefault("Body", "").contains(words)).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError(
				"No SMS to " + phone + " containing '" + words + "' within " + WAIT + "; got " + smsTo(phone));
	}

	private List<Map<String, Object>> replies(UUID alertId) {
		return this.jdbc.queryForList("select * from notification where template = 'INTAKE_REPLY' and decision_key = ?",
				"intake-reply/" + alertId);
	}

	private Map<String, Object> latestAlert(String phone) {
		return this.jdbc.queryForList(
				"select * from intake_alert where sender_phone = ? order by received_at desc, processed_at desc", phone)
			.get(0);
	}

}
