package org.eksaath.genderhub.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several service nodes on one database: each notification is sent by exactly one node.
 * Runs on H2 ({@link MultiNodeDispatchTest}) and PostgreSQL
 * ({@link MultiNodeDispatchPostgresTest}).
 */
abstract class MultiNodeDispatchTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestDirectory directory;

	@Autowired
	NotificationDispatcher nodeA;

	@Autowired
	DeliveryRecorder recorder;

	@Autowired
	FallbackPolicy fallback;

	@Autowired
	SmsSender sms;

	@Autowired
	WhatsAppSender whatsApp;

	@Autowired
	EmailSender email;

	@Autowired
	NotificationSettings settings;

	@Autowired
	OutboxFixture outbox;

	final List<NotificationDispatcher> otherNodes = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.nodeA.stop();
		this.outbox.clear();
		this.directory.clear();
		for (long id = 1; id <= 3; id++) {
			this.directory.responder(Tier.COMMUNITY, this.directory.contact(id, ContactRole.HUB_COORDINATOR,
					"+9199999000%02d".formatted(id), null, null, Language.HI));
		}
		this.directory.saathi(7, "+919999900007", null, Language.HI);
		for (String node : List.of("node-b", "node-c")) {
			this.otherNodes.add(new NotificationDispatcher(this.recorder, this.fallback, this.sms, this.whatsApp,
					this.email, withNode(this.settings, node)));
		}
	}

	@AfterEach
	void stopNodes() {
		this.otherNodes.forEach(NotificationDispatcher::stop);
		if (restartNodeAfterwards()) {
			this.nodeA.start();
		}
		else {
			this.nodeA.stop();
		}
	}

	/**
	 * Whether the context's own node runs on after the test (not when its database goes).
	 */
	boolean restartNodeAfterwards() {
		return true;
	}

	@Test
	void eachNotificationIsSentByExactlyOneOfSeveralNodes() throws Exception {
		for (int i = 0; i < 100; i++) {
			this.outbox.decide(new CaseOpened(OutboxFixture.snapshot(7), OutboxFixture.inHours(2)));
		}
		assertThat(this.outbox.all()).hasSize(400);

		this.nodeA.start();
		this.otherNodes.forEach(NotificationDispatcher::start);
		awaitNothingPending(Duration.ofSeconds(60));

		List<Map<String, Object>> sentTwice = this.jdbc.queryForList(
				"select notification_id, count(*) as sends from notification_sandbox_message group by notification_id having count(*) > 1");
		assertThat(sentTwice).isEmpty();
		Integer sent = this.jdbc
			.queryForObject("select count(distinct notification_id) from notification_sandbox_message", Integer.class);
		assertThat(sent).isEqualTo(400);
		assertThat(this.outbox.all()).extracting(Notification::status).containsOnly(NotificationStatus.DELIVERED);
		assertThat(this.outbox.all()).extracting(Notification::attempts).containsOnly(1);
		List<String> nodesThatSent = this.jdbc
			.queryForList("select distinct detail from notification_status_change where status = 'SENDING'",
					String.class)
			.stream()
			.map((detail) -> detail.substring(detail.indexOf(" by ") + 4))
			.distinct()
			.toList();
		assertThat(nodesThatSent).as("the work was shared").hasSizeGreaterThan(1);
	}

	private void awaitNothingPending(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Integer pending = this.jdbc.queryForObject(
					"select count(*) from notification where status in ('QUEUED', 'SENDING')", Integer.class);
			if (pending != null && pending == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("still pending after " + timeout);
	}

	static NotificationSettings withNode(NotificationSettings s, String node) {
		NotificationSettings.Dispatcher d = s.dispatcher();
		return new NotificationSettings(s.publicUrl(),
				new NotificationSettings.Dispatcher(true, node, d.pollInterval(), d.batchSize(), d.workers(), d.lease(),
						d.maxAttempts(), d.initialBackoff(), d.maxBackoff()),
				s.fallback(), s.twilio(), s.email(), s.dltTemplateIds());
	}

}
