package org.eksaath.genderhub.workflow.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

import org.eksaath.genderhub.GenderHubApplication;
import org.eksaath.genderhub.cases.CaseEscalated;
import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.support.PostgresSupport;
import org.eksaath.genderhub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How late do SLA timers escalate? Creates a few hundred HIGH cases through the REST API
 * whose triage SLA is 20 seconds (policy in {@code src/test/resources/benchmark-sla}),
 * lets nobody triage them, and measures for each case the time from the timer's due date
 * to the commit of its escalation; once on an idle engine and once while other cases keep
 * arriving; on H2 and on PostgreSQL (its own database from {@link PostgresSupport};
 * skipped when none runs unless {@code -Dgenderhub.postgres.required=true}). Prints p50 /
 * p99 / max.
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=TimerLatenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbenchmark.cases=300} measured cases per run,
 * {@code -Dbenchmark.load-per-second=20} cases arriving per second under load.
 */
class TimerLatenessBenchmark {

	private static final int CASES = Integer.getInteger("benchmark.cases", 300);

	private static final int LOAD_PER_SECOND = Integer.getInteger("benchmark.load-per-second", 20);

	/** The measured cases are created over this window, so their deadlines spread too. */
	private static final Duration CREATION_WINDOW = Duration.ofSeconds(10);

	@Test
	void timersOnH2() throws Exception {
		Map<String, Object> properties = Map.of("spring.datasource.url",
				"jdbc:h2:mem:timer-benchmark-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		report("H2", properties);
	}

	@Test
	void timersOnPostgres() throws Exception {
		if (!PostgresSupport.available()) {
			if (PostgresSupport.required()) {
				throw new IllegalStateException(
						"PostgreSQL is required but not reachable at " + PostgresSupport.ADMIN_URL);
			}
			Assumptions.abort("PostgreSQL not reachable at " + PostgresSupport.ADMIN_URL + ": skipped");
		}
		report("PostgreSQL", Map.of("spring.datasource.url", PostgresSupport.createDatabase("timerbench"),
				"spring.datasource.username", PostgresSupport.USER, "spring.datasource.password", ""));
	}

	private void report(String database, Map<String, Object> properties) throws Exception {
		Map<String, Object> all = new LinkedHashMap<>(properties);
		all.put("server.port", "0");
		all.put("genderhub.workflow.models-directory", "src/test/resources/benchmark-sla");
		all.put("logging.level.root", "WARN");
		// As command-line arguments: they win over every application.yml, the test one
		// included.
		String[] args = all.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GenderHubApplication.class,
				TestDirectory.class, Probe.class)
			.run(args)) {
			Probe probe = app.getBean(Probe.class);
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			// Warm up (JIT, caches, connection pool) so that the runs measure the steady
			// state.
			Result warmUp = measure(base, probe, false, 50);
			Result idle = measure(base, probe, false, CASES);
			Result busy = measure(base, probe, true, CASES);
			System.out.println();
			System.out.printf(Locale.ROOT,
					"TIMER LATENESS on %s (due date -> escalation committed), %d cases per run%n", database, CASES);
			System.out.println(warmUp.line("warm-up (not counted)"));
			System.out.println(idle.line("idle"));
			System.out.println(busy.line("under load (" + LOAD_PER_SECOND + " new cases/s)"));
			System.out.println();
			assertThat(idle.escalated).as("every idle case escalated").isEqualTo(CASES);
			assertThat(busy.escalated).as("every busy case escalated").isEqualTo(CASES);
		}
	}

	private Result measure(String base, Probe probe, boolean underLoad, int count) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
		AtomicInteger loadCreated = new AtomicInteger();
		if (underLoad) {
			load.scheduleAtFixedRate(() -> {
				if (open(http, base, "LOW") != null) {
					loadCreated.incrementAndGet();
				}
			}, 0, 1_000_000 / LOAD_PER_SECOND, TimeUnit.MICROSECONDS);
		}
		ExecutorService creators = Executors.newFixedThreadPool(2);
		List<Future<UUID>> created = new ArrayList<>();
		long spacingNanos = CREATION_WINDOW.toNanos() / count;
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long at = start + i * spacingNanos;
			created.add(creators.submit(() -> {
				long wait = at - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				return open(http, base, "HIGH");
			}));
		}
		List<UUID> cases = new ArrayList<>();
		for (Future<UUID> future : created) {
			cases.add(future.get());
		}
		creators.shutdown();
		Duration creation = Duration.ofNanos(System.nanoTime() - start);
		if (!underLoad && creation.compareTo(Duration.ofSeconds(20)) > 0) {
			System.out.println("NOTE: creating the cases took " + creation.toSeconds()
					+ " s, longer than the 20 s SLA: the machine is busy and the 'idle' run overlaps its deadlines");
		}
		Instant lastDue = cases.stream().map(probe.due::get).max(Instant::compareTo).orElseThrow();
		assertThat(lastDue).as("triage SLA of the benchmark policy (seconds, not hours)")
			.isBefore(Instant.now().plusSeconds(120));
		Instant giveUp = lastDue.plusSeconds(60);
		while (Instant.now().isBefore(giveUp) && !cases.stream().allMatch(probe.escalated::containsKey)) {
			Thread.sleep(200);
		}
		load.shutdownNow();
		load.awaitTermination(10, TimeUnit.SECONDS);
		Histogram lateness = new Histogram(3_600_000L, 3);
		int escalated = 0;
		long early = 0;
		for (UUID id : cases) {
			Instant at = probe.escalated.get(id);
			if (at != null) {
				escalated++;
				long millis = Duration.between(probe.due.get(id), at).toMillis();
				if (millis < 0) {
					early++;
				}
				lateness.recordValue(Math.max(0, millis));
			}
		}
		return new Result(count, escalated, lateness, early, loadCreated.get(), creation);
	}

	private static UUID open(HttpClient http, String base, String risk) {
		String body = "{\"place\":{\"stateCode\":\"UP\",\"districtCode\":\"UP-LKO\",\"blockCode\":\"UP-LKO-MAL\"},"
				+ "\"riskLevel\":\"" + risk + "\"}";
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException("case not created: " + response.statusCode() + " " + response.body());
			}
			String json = response.body();
			int i = json.indexOf("\"id\":\"") + 6;
			return UUID.fromString(json.substring(i, i + 36));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	record Result(int cases, int escalated, Histogram lateness, long early, int loadCases, Duration creation) {

		String line(String label) {
			return String.format(Locale.ROOT,
					"  %-32s escalated %d/%d  p50 %5d ms  p99 %5d ms  max %5d ms  (early: %d, created in %d s, other cases created: %d)",
					label, this.escalated, this.cases, this.lateness.getValueAtPercentile(50),
					this.lateness.getValueAtPercentile(99), this.lateness.getMaxValue(), this.early,
					this.creation.toSeconds(), this.loadCases);
		}

	}

	/** Hears when each case's triage is due and when its escalation is committed. */
	static class Probe {

		final Map<UUID, Instant> due = new ConcurrentHashMap<>();

		final Map<UUID, Instant> escalated = new ConcurrentHashMap<>();

		@EventListener
		void opened(CaseOpened event) {
			this.due.put(event.snapshot().caseId(), event.triageBy());
		}

		@TransactionalEventListener
		void escalated(CaseEscalated event) {
			this.escalated.putIfAbsent(event.snapshot().caseId(), Instant.now());
		}

	}

}
