package org.eksaath.genderhub.intake.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sustained intake throughput and latency on the embedded default (H2 in a file, the
 * engine on the same database): each request is a Saathi's SMS-grammar alert posted by a
 * partner system, and is answered once the alert is stored, parsed, the case stored, its
 * process started with the triage timer, and the Saathi's receipt and the coordinators'
 * messages queued. Three phases: warm-up; as fast as {@code benchmark.clients} clients
 * can go (throughput); paced at {@code benchmark.rate} alerts a second, open loop
 * (latency measured from the intended send time, so a stall is not hidden). Prints the
 * figures.
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=IntakeThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbenchmark.alerts=2000} per phase, {@code -Dbenchmark.clients=8},
 * {@code -Dbenchmark.rate=100}, {@code -Dbenchmark.h2-options=;QUERY_CACHE_SIZE=256}
 * appended to the H2 URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/intake-benchmark/db-${random.uuid};DB_CLOSE_ON_EXIT=FALSE${benchmark.h2-options:}",
		"genderhub.intake.api-keys=bench=" + IntakeClient.API_KEY, "genderhub.intake.rate-limit.per-sender=1000000",
		"genderhub.intake.rate-limit.per-api-key=1000000", "logging.level.org.eksaath.genderhub=WARN" })
class IntakeThroughputBenchmark {

	static final int ALERTS = Integer.getInteger("benchmark.alerts", 2000);

	static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);

	static final int RATE = Integer.getInteger("benchmark.rate", 100);

	/** Demo Saathis of Lucknow (UP-LKO), who send the alerts. */
	static final String[] SAATHIS = { "+915000100001", "+915000100002", "+915000100003", "+915000100004" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final AtomicInteger sequence = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void intakeThroughputAndLatency() throws Exception {
		run(Math.min(300, ALERTS), CLIENTS, null);
		long start = System.nanoTime();
		Histogram fast = run(ALERTS, CLIENTS, null);
		double seconds = (System.nanoTime() - start) / 1e9;
		Histogram paced = run(ALERTS, CLIENTS * 2, RATE);

		long opened = this.jdbc.queryForObject(
				"select count(*) from intake_alert where status = 'PROCESSED' and case_id is not null", Long.class);
		long receipts = this.jdbc.queryForObject(
				"select count(*) from notification where template = 'RECEIPT_SAATHI' and channel = 'SMS'", Long.class);
		long timers = this.jdbc.queryForObject(
				"select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and HANDLER_CFG_ like '%TriageSla%'",
				Long.class);
		int total = this.sequence.get();
		System.out.printf("%nIntake benchmark (H2 file, %d cores):%n", Runtime.getRuntime().availableProcessors());
		System.out.printf(
				"  throughput: %d alerts with %d clients in %.1f s = %.0f alerts/s; p50 %.1f ms, p99 %.1f ms%n", ALERTS,
				CLIENTS, seconds, ALERTS / seconds, fast.getValueAtPercentile(50) / 1000.0,
				fast.getValueAtPercentile(99) / 1000.0);
		System.out.printf("  paced at %d alerts/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d alerts)%n", RATE,
				paced.getValueAtPercentile(50) / 1000.0, paced.getValueAtPercentile(99) / 1000.0,
				paced.getMaxValue() / 1000.0, paced.getTotalCount());
		System.out.printf("  stored: %d of %d alerts opened a case; %d receipts queued; %d triage timers%n%n", opened,
				total, receipts, timers);
		assertThat(opened).isEqualTo(total);
		assertThat(receipts).isEqualTo(total);
		assertThat(timers).isGreaterThanOrEqualTo(total);
	}

	/**
	 * Sends alerts with the given clients, at a rate or as fast as possible; latencies in
	 * µs.
	 */
	private Histogram run(int alerts, int clients, Integer rate) throws Exception {
		Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long begin = System.nanoTime();
		long interval = (rate != null) ? TimeUnit.SECONDS.toNanos(1) / rate : 0;
		List<Future<?>> sent = new ArrayList<>();
		for (int i = 0; i < alerts; i++) {
			long intended = begin + i * interval;
			sent.add(pool.submit(() -> {
				if (rate != null) {
					long wait = intended - System.nanoTime();
					if (wait > 0) {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
				}
				long from = (rate != null) ? intended : System.nanoTime();
				HttpResponse<String> response = send();
				long micros = (System.nanoTime() - from) / 1000;
				if (response.statusCode() != 201) {
					throw new IllegalStateException(response.statusCode() + " " + response.body());
				}
				synchronized (histogram) {
					histogram.recordValue(Math.max(1, micros));
				}
				return null;
			}));
		}
		for (Future<?> f : sent) {
			f.get();
		}
		pool.shutdown();
		return histogram;
	}

	private HttpResponse<String> send() throws Exception {
		int n = this.sequence.incrementAndGet();
		String phone = SAATHIS[n % SAATHIS.length];
		// A different village each time: no duplicates, every alert opens a case.
		String json = "{\"text\":\"HELP DV Gaon%d husband beats her\",\"senderPhone\":\"%s\",\"externalId\":\"bench-%d\"}"
			.formatted(n, phone, n);
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/intake/alerts"))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", IntakeClient.API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
