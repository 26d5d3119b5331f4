package org.eksaath.genderhub.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending stops midway — the dispatcher is stopped between commit and send, a node dies
 * holding a claim, the mail server is down for a while, Twilio fails for a while — and
 * afterwards every notification has been delivered exactly once.
 */
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.enabled=true",
		"genderhub.notification.dispatcher.node-id=survivor", "genderhub.notification.dispatcher.poll-interval=100ms",
		"genderhub.notification.dispatcher.initial-backoff=100ms", "genderhub.notification.dispatcher.max-backoff=1s",
		"genderhub.notification.dispatcher.max-attempts=100", "genderhub.notification.dispatcher.lease=3s",
		"genderhub.notification.dispatcher.workers=4", "genderhub.public-url=https://genderhub.test",
		"genderhub.notification.twilio.account-sid=" + TwilioStandIn.ACCOUNT_SID,
		"genderhub.notification.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
		"genderhub.notification.twilio.messaging-service-sid=" + TwilioStandIn.MESSAGING_SERVICE_SID,
		"genderhub.notification.twilio.sms-per-second=200", "genderhub.notification.email.per-second=200",
		"spring.mail.properties.mail.smtp.connectiontimeout=1000", "spring.mail.properties.mail.smtp.timeout=2000",
		"test.twilio.response-timeout-ms=3000" })
class DeliveryFaultTest {

	static final TwilioStandIn twilio = new TwilioStandIn();

	static final LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry registry) {
		registry.add("test.twilio.stand-in", () -> twilio.baseUri().toString());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stopPeers() {
		twilio.stop();
		smtp.stop();
	}

	@Autowired
	PlatformTransactionManager txManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	TestDirectory directory;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	OutboxFixture outbox;

	@BeforeEach
	void setUp() {
		this.dispatcher.stop();
		this.outbox.clear();
		this.directory.clear();
		twilio.reset();
		smtp.purge();
		for (long id = 1; id <= 3; id++) {
			this.directory.responder(Tier.COMMUNITY,
					this.directory.contact(id, ContactRole.HUB_COORDINATOR, "+9199999000%02d".formatted(id), null,
							"coordinator" + id + "@example.org", (id % 2 == 0) ? Language.EN : Language.HI));
		}
	}

	@AfterEach
	void restart() {
		smtp.start();
		this.dispatcher.start();
	}

	@Test
	void everyNotificationIsDeliveredExactlyOnceDespiteOutagesAndAStoppedDispatcher() throws Exception {
		// Decided and committed while no dispatcher runs: 40 cases x 3 coordinators x
		// (SMS + email).
		for (int i = 0; i < 40; i++) {
			this.outbox.decide(new CaseOpened(OutboxFixture.snapshot(99), OutboxFixture.inHours(2)));
		}
		List<Notification> recorded = this.outbox.all();
		assertThat(recorded).hasSize(240);

		// A node claimed five of them and died before sending: its lease runs out.
		TransactionTemplate tx = new TransactionTemplate(this.txManager);
		for (Notification n : recorded.subList(0, 5)) {
			tx.executeWithoutResult(
					(s) -> this.notifications.claim(n.id(), "dead-node", Instant.now(), Instant.now().plusSeconds(2)));
		}

		// The mail server is down and Twilio fails for a while: server errors (which the
		// SDK
		// itself retries three times), rate limiting, dropped connections.
		smtp.stop();
		twilio.failNext(30, TwilioStandIn.error(500, 20500, "Internal Server Error"));
		this.dispatcher.start();
		Thread.sleep(1500);
		twilio.failNextWith429(20);
		Thread.sleep(1000);
		twilio.dropConnectionNext(5);
		Thread.sleep(1000);
		smtp.start();

		awaitAllSent(Duration.ofSeconds(90));

		Map<String, Integer> smsPerBody = new HashMap<>();
		twilio.acceptedMessages()
			.forEach((form) -> smsPerBody.merge(form.get("To") + "|" + form.get("Body"), 1, Integer::sum));
		List<String> expectedSms = new ArrayList<>();
		List<String> expectedEmail = new ArrayList<>();
		for (Notification n : this.outbox.all()) {
			if (n.channel() == Channel.SMS) {
				expectedSms.add(n.address() + "|" + n.body());
			}
			else {
				expectedEmail.add(n.id().toString());
			}
		}
		assertThat(smsPerBody).as("each SMS accepted by Twilio exactly once")
			.hasSize(120)
			.containsOnlyKeys(expectedSms)
			.allSatisfy((body, count) -> assertThat(count).isEqualTo(1));

		Map<String, Integer> emailsPerNotification = new HashMap<>();
		for (MimeMessage mail : smtp.received()) {
			emailsPerNotification.merge(mail.getHeader("X-GenderHub-Notification")[0], 1, Integer::sum);
		}
		assertThat(emailsPerNotification).as("each email received exactly once")
			.hasSize(120)
			.containsOnlyKeys(expectedEmail)
			.allSatisfy((id, count) -> assertThat(count).isEqualTo(1));

		assertThat(this.outbox.all()).extracting(Notification::status).containsOnly(NotificationStatus.SENT);
		assertThat(this.outbox.all()).filteredOn((n) -> n.attempts() > 1).as("some had to be retried").isNotEmpty();
		assertThat(twilio.requests().size()).isGreaterThan(120);
	}

	private void awaitAllSent(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Integer pending = this.jdbc.queryForObject(
					"select count(*) from notification where status in ('QUEUED', 'SENDING')", Integer.class);
			if (pending != null && pending == 0) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("not everything was sent in " + timeout + ": "
				+ this.jdbc.queryForList("select status, count(*) from notification group by status"));
	}

}
