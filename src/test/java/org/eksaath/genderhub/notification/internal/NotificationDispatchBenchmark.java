package org.eksaath.genderhub.notification.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints (1) the time from the deciding commit to the Twilio API call at low load, p50 /
 * p99, and (2) the sustained send rate with 10,000 queued messages against the local
 * Twilio stand-in at a configured rate, checking nothing is lost or sent twice. Not part
 * of the normal build; run with:
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=NotificationDispatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmark.rate=100] [-Dbenchmark.messages=10000] [-Dbenchmark.latency-events=300]
 * </pre>
 */
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.enabled=true",
		"genderhub.notification.dispatcher.node-id=bench", "genderhub.notification.dispatcher.poll-interval=2s",
		"genderhub.notification.dispatcher.batch-size=50", "genderhub.notification.dispatcher.workers=4",
		"genderhub.public-url=https://genderhub.eksaath.org",
		"genderhub.notification.twilio.account-sid=" + TwilioStandIn.ACCOUNT_SID,
		"genderhub.notification.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
		"genderhub.notification.twilio.messaging-service-sid=" + TwilioStandIn.MESSAGING_SERVICE_SID,
		"genderhub.notification.twilio.sms-per-second=1000", "test.twilio.response-timeout-ms=5000",
		"logging.level.org.eksaath.genderhub.notification=WARN" })
class NotificationDispatchBenchmark {

	static final TwilioStandIn twilio = new TwilioStandIn(new Arrivals());

	/**
	 * Notes when each request reaches the stand-in. Its state lives in its own class: the
	 * listener runs on the server's threads while this test class is still initialising.
	 */
	static final class Arrivals implements ServeEventListener {

		static final Pattern REFERENCE = Pattern.compile("ACK (GH\\d{6})");

		/**
		 * When each case reference's first SMS reached the stand-in (System.nanoTime).
		 */
		static final Map<String, Long> byReference = new ConcurrentHashMap<>();

		static final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();

		@Override
		public void beforeMatch(ServeEvent event, Parameters parameters) {
			long now = System.nanoTime();
			times.add(now);
			String body = TwilioStandIn.form(event.getRequest().getBodyAsString()).getOrDefault("Body", "");
			Matcher m = REFERENCE.matcher(body);
			if (m.find()) {
				byReference.putIfAbsent(m.group(1), now);
			}
		}

		@Override
		public boolean applyGlobally() {
			return true;
		}

		@Override
		public String getName() {
			return "arrival-times";
		}

	}

	@DynamicPropertySource
	static void standIn(DynamicPropertyRegistry registry) {
		registry.add("test.twilio.stand-in", () -> twilio.baseUri().toString());
	}

	@AfterAll
	static void stop() {
		twilio.stop();
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager txManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestDirectory directory;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	OutboxFixture outbox;

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

	@Test
	void commitToTwilioLatencyAndSustainedRate() throws Exception {
		this.outbox.clear();
		this.directory.clear();
		this.directory.responder(Tier.COMMUNITY,
				this.directory.contact(1, ContactRole.HUB_COORDINATOR, "+919999900001", null, null, Language.HI));

		// 1. Latency at low load: one case every 50 ms, one SMS each, dispatcher woken by
		// the commit.
		int latencyEvents = Integer.getInteger("benchmark.latency-events", 300);
		Map<String, Long> commits = new HashMap<>();
		TransactionTemplate tx = new TransactionTemplate(this.txManager);
		for (int i = 0; i < latencyEvents + 20; i++) {
			CaseSnapshot c = OutboxFixture.snapshotWithoutSaathi();
			long[] committedAt = new long[1];
			tx.executeWithoutResult((status) -> {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						committedAt[0] = System.nanoTime();
					}
				});
				this.events.publishEvent(new CaseOpened(c, OutboxFixture.inHours(2)));
			});
			if (i >= 20) { // the first ones warm up the JIT and connection pools
				commits.put(c.reference(), committedAt[0]);
			}
			Thread.sleep(50);
		}
		awaitSent(latencyEvents + 20, Duration.ofSeconds(60));
		Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
		commits.forEach((reference, committedAt) -> {
			Long arrived = Arrivals.byReference.get(reference);
			assertThat(arrived).as("SMS of " + reference + " reached Twilio").isNotNull();
			latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(arrived - committedAt)));
		});
		System.out.printf("%n=== Commit -> Twilio API call, %d cases at 20/s (poll interval %s, woken after commit)%n",
				latency.getTotalCount(), this.settings.dispatcher().pollInterval());
		System.out.printf("    p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms%n",
				latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(90) / 1000.0,
				latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);

		// 2. Sustained rate: 10,000 messages queued while no dispatcher runs, then one
		// node at the
		// configured rate.
		this.dispatcher.stop();
		this.outbox.clear();
		twilio.reset();
		Arrivals.times.clear();
		this.directory.clear();
		int messages = Integer.getInteger("benchmark.messages", 10_000);
		double rate = Double.parseDouble(System.getProperty("benchmark.rate", "100"));
		int perCase = 100;
		for (long id = 1; id <= perCase; id++) {
			this.directory.responder(Tier.COMMUNITY, this.directory.contact(id, ContactRole.HUB_COORDINATOR,
					"+91999990%04d".formatted(id), null, null, (id % 2 == 0) ? Language.EN : Language.HI));
		}
		long queueStart = System.nanoTime();
		for (int i = 0; i < messages / perCase; i++) {
			this.outbox.decide(new CaseOpened(OutboxFixture.snapshotWithoutSaathi(), OutboxFixture.inHours(2)));
		}
		double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
		Integer queued = this.jdbc.queryForObject("select count(*) from notification where status = 'QUEUED'",
				Integer.class);
		assertThat(queued).isEqualTo(messages);

		NotificationSettings limited = withRate(this.settings, rate);
		NotificationDispatcher node = new NotificationDispatcher(this.recorder, this.fallback, this.sms, this.whatsApp,
				this.email, limited);
		Arrivals.times.clear();
		long start = System.nanoTime();
		node.start();
		try {
			awaitSent(messages, Duration.ofSeconds((long) (messages / rate * 1.5) + 60));
		}
		finally {
			node.stop();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] perSecond = perSecond(start);
		long busiest = 0;
		long busiestFive = 0;
		for (int i = 0; i < perSecond.length; i++) {
			busiest = Math.max(busiest, perSecond[i]);
			long five = 0;
			for (int j = i; j < Math.min(i + 5, perSecond.length); j++) {
				five += perSecond[j];
			}
			busiestFive = Math.max(busiestFive, five);
		}
		long accepted = twilio.acceptedMessages()
			.stream()
			.map((f) -> f.get("To") + "|" + f.get("Body"))
			.distinct()
			.count();
		System.out.printf("%n=== Sustained send rate, %d queued SMS (queued in %.1f s), configured %.0f/s%n", messages,
				queueSeconds, rate);
		System.out.printf(
				"    sent all in %.1f s = %.1f/s; busiest second %d, busiest 5 s %d; Twilio accepted %d distinct, %d requests%n",
				seconds, messages / seconds, busiest, busiestFive, accepted, twilio.requests().size());
		assertThat(accepted).as("nothing lost, nothing twice").isEqualTo(messages);
		assertThat(twilio.requests()).hasSize(messages);
		// Sends are spaced by the limiter; arrivals at the stand-in jitter by thread
		// scheduling,
		// so a single second may see a few more, five seconds no more than the rate
		// allows.
		assertThat(busiestFive).as("configured rate held over 5 s").isLessThanOrEqualTo((long) Math.ceil(5 * rate) + 2);
		assertThat(busiest).as("no burst").isLessThanOrEqualTo((long) Math.ceil(rate * 1.1) + 1);
		this.dispatcher.start();
	}

	private static long[] perSecond(long start) {
		long[] buckets = new long[4000];
		for (long t : Arrivals.times) {
			int second = (int) ((t - start) / 1_000_000_000L);
			if (second >= 0 && second < buckets.length) {
				buckets[second]++;
			}
		}
		return buckets;
	}

	private void awaitSent(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Integer sent = this.jdbc.queryForObject("select count(*) from notification where status = 'SENT'",
					Integer.class);
			if (sent != null && sent >= count) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("not all " + count + " sent within " + timeout);
	}

	static NotificationSettings withRate(NotificationSettings s, double rate) {
		NotificationSettings.Twilio t = s.twilio();
		return new NotificationSettings(s.publicUrl(), s.dispatcher(), s.fallback(),
				new NotificationSettings.Twilio(t.accountSid(), t.authToken(), t.messagingServiceSid(), t.fromNumber(),
						t.whatsappFrom(), t.dltEntityId(), t.statusCallback(), t.responseTimeout(), rate,
						t.whatsappPerSecond()),
				s.email(), s.dltTemplateIds());
	}

}
