package org.eksaath.genderhub.intake.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
 * {@code -Dbenchmark.rate=100}, {@code -Dbenchmark.paced-alerts} (as many as
 * {@code benchmark.alerts}), {@code -Dbenchmark.warm-up=15000} (on 2 cores the JIT's C2
 * compiler keeps a core half busy for the first two to three minutes; a shorter warm-up
 * measures the compiler, not intake), {@code -Dbenchmark.h2-options=;CACHE_SIZE=131072}
 * appended to the H2 URL, {@code -Dbenchmark.log-level=INFO} for the service's own log
 * level (WARN by default; INFO is what it runs with).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/intake-benchmark/db-${random.uuid};DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256${benchmark.h2-options:}",
		"genderhub.intake.api-keys=bench=" + IntakeClient.API_KEY, "genderhub.intake.rate-limit.per-sender=1000000",
		"genderhub.intake.rate-limit.per-api-key=1000000",
		"logging.level.org.eksaath.genderhub=${benchmark.log-level:WARN}" })
class IntakeThroughputBenchmark {

	static final int ALERTS = Integer.getInteger("benchmark.alerts", 2000);

	static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);

	static final int RATE = Integer.getInteger("benchmark.rate", 100);

	static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 15000);

	static final int PACED = Integer.getInteger("benchmark.paced-alerts", ALERTS);

	/** Demo Saathis of Lucknow (UP-LKO), who send the alerts. */
	static final String[] SAATHIS = { "+915000100001", "+915000100002", "+915000100003", "+915000100004" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	private final AtomicInteger sequence = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void intakeThroughputAndLatency() throws Exception {
		double bareEngine = bareEngineStartsPerSecond();
		// Warm-up: the JIT compiles the hot paths (a short run measures the compiler:
		// after
		// 4,000 alerts C2 still took a third of the processor time).
		run(WARM_UP, CLIENTS, null);
		long start = System.nanoTime();
		long cpuStart = processCpuNanos();
		Map<String, Long> threadsStart = threadCpuNanos();
		Histogram fast = run(ALERTS, CLIENTS, null);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuMillisPerAlert = (processCpuNanos() - cpuStart) / 1e6 / ALERTS;
		Map<String, Long> threadsEnd = threadCpuNanos();
		StringBuilder byThread = new StringBuilder();
		long javaThreads = 0;
		for (var e : threadsEnd.entrySet()) {
			long used = e.getValue() - threadsStart.getOrDefault(e.getKey(), 0L);
			javaThreads += used;
			if (used / 1e6 / ALERTS >= 0.5) {
				byThread.append(String.format("%s %.1f, ", e.getKey(), used / 1e6 / ALERTS));
			}
		}
		byThread.append(String.format("JIT, GC and the JVM %.1f", cpuMillisPerAlert - javaThreads / 1e6 / ALERTS));
		Histogram paced = run(PACED, CLIENTS * 2, RATE);

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
		System.out.printf(
				"  for comparison, the same engine on the same database starts a one-task process %.0f times/s"
						+ " (%d threads); intake reaches %.0f%% of that%n",
				bareEngine, CLIENTS, 100 * (ALERTS / seconds) / bareEngine);
		System.out.printf(
				"  CPU: %.1f ms of processor time per alert (this JVM, clients included): %d cores can take about %.0f alerts/s%n",
				cpuMillisPerAlert, Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().availableProcessors() * 1000 / cpuMillisPerAlert);
		System.out.printf("  CPU ms per alert by thread: %s%n", byThread);
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
	 * How fast this engine, on this database and machine, starts a trivial process with
	 * one user task, from {@link #CLIENTS} threads: the yardstick the target is set
	 * against.
	 */
	private double bareEngineStartsPerSecond() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("benchmarkBareStart")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask()
			.endEvent()
			.done();
		this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("benchmark-bare-start.bpmn", model)
			.deploy();
		RuntimeService runtime = this.engine.getRuntimeService();
		int starts = Math.max(ALERTS, 2000);
		for (int round = 0; round < 2; round++) {
			ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
			AtomicInteger left = new AtomicInteger(starts);
			long begin = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < CLIENTS; t++) {
				workers.add(pool.submit(() -> {
					while (left.getAndDecrement() > 0) {
						runtime.startProcessInstanceByKey("benchmarkBareStart");
					}
				}));
			}
			for (Future<?> w : workers) {
				w.get();
			}
			pool.shutdown();
			double rate = starts / ((System.nanoTime() - begin) / 1e9);
			if (round == 1) {
				return rate;
			}
		}
		throw new IllegalStateException();
	}

	/** CPU time of the JVM's threads so far, summed by name with digits removed. */
	private static Map<String, Long> threadCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> byName = new TreeMap<>();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				if (cpu > 0) {
					byName.merge(info.getThreadName().replaceAll("\\d+", "N"), cpu, Long::sum);
				}
			}
		}
		return byName;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
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
