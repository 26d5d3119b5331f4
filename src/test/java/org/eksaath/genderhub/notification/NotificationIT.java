package org.eksaath.genderhub.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.twilio.http.HttpClient;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.notification.internal.LocalTwilioHttpClient;
import org.eksaath.genderhub.notification.internal.TwilioSignatures;
import org.eksaath.genderhub.notification.internal.TwilioStandIn;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application: a case event published in a deciding transaction becomes SMS
 * that reach the Twilio stand-in within moments (through the real SDK), emails in the
 * sandbox (no SMTP configured), and Twilio's signed status callback over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genderhub.public-url=https://genderhub.test",
				"genderhub.notification.twilio.account-sid=" + TwilioStandIn.ACCOUNT_SID,
				"genderhub.notification.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
				"genderhub.notification.twilio.messaging-service-sid=" + TwilioStandIn.MESSAGING_SERVICE_SID,
				"genderhub.notification.twilio.sms-per-second=50" })
class NotificationIT {

	static final TwilioStandIn twilio = new TwilioStandIn();

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager txManager;

	@Autowired
	DirectoryLookup directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate http;

	@Test
	void aCaseEventPublishedInItsTransactionReachesTwilioAsSmsAfterCommit() throws Exception {
		SaathiView saathi = this.directory.saathiByPhone("+915000100001").orElseThrow();
		CaseSnapshot c = new CaseSnapshot(UUID.randomUUID(), "GHIT0001", IncidentType.FORCED_MARRIAGE,
				IncidentSubType.CHILD_MARRIAGE, RiskLevel.HIGH, true, Tier.COMMUNITY,
				new PlaceRef("UP", "UP-LKO", "UP-LKO-MAL", null), saathi.id());
		List<String> coordinators = this.directory.responders(Tier.COMMUNITY, "UP", "UP-LKO", "UP-LKO-MAL")
			.stream()
			.map((contact) -> contact.phone())
			.toList();
		assertThat(coordinators).isNotEmpty();

		new TransactionTemplate(this.txManager).executeWithoutResult(
				(tx) -> this.events.publishEvent(new CaseOpened(c, Instant.now().plus(Duration.ofHours(2)))));

		List<Map<String, String>> sms = awaitSms(1 + coordinators.size(), Duration.ofSeconds(10));
		assertThat(sms).extracting((form) -> form.get("To"))
			.containsExactlyInAnyOrderElementsOf(concat("+915000100001", coordinators));
		assertThat(sms).allSatisfy((form) -> assertThat(form.get("Body")).contains(c.reference()));

		List<Map<String, Object>> sandbox = this.http.getForObject("/api/notifications/sandbox?limit=50", List.class);
		assertThat(sandbox).filteredOn((m) -> "EMAIL".equals(m.get("channel")))
			.isNotEmpty()
			.allSatisfy((m) -> assertThat((String) m.get("subject")).contains(c.reference()));

		String sid = this.jdbc.queryForObject(
				"select provider_message_id from notification where case_reference = ? and address = ?", String.class,
				c.reference(), "+915000100001");
		assertThat(postCallback(sid, "delivered", TwilioStandIn.AUTH_TOKEN).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(postCallback(sid, "failed", "forged-token").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select status from notification where provider_message_id = ?",
				String.class, sid))
			.isEqualTo("DELIVERED");
	}

	private ResponseEntity<Void> postCallback(String sid, String status, String token) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", TwilioStandIn.ACCOUNT_SID);
		params.put("MessageSid", sid);
		params.put("MessageStatus", status);
		params.put("To", "+915000100001");
		params.put("ApiVersion", "2010-04-01");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-Twilio-Signature",
				TwilioSignatures.sign(token, "https://genderhub.test/api/notifications/twilio/status", params));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		params.forEach(form::add);
		return this.http.postForEntity(URI.create("/api/notifications/twilio/status").toString(),
				new HttpEntity<>(form, headers), Void.class);
	}

	private static List<Map<String, String>> awaitSms(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && twilio.acceptedMessages().size() < count) {
			Thread.sleep(50);
		}
		return twilio.acceptedMessages();
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new java.util.ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
