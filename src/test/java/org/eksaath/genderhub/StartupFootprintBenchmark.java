package org.eksaath.genderhub;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long the service takes to start on the embedded default (an H2 file, the
 * demo directory, the engine) and the heap it holds once started, after a full GC. Run
 * alone, in a fresh JVM:
 *
 * <pre>
 * ./mvnw test -Dtest=StartupFootprintBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class StartupFootprintBenchmark {

	@Test
	void printsStartupTimeAndHeapAfterStart() throws Exception {
		Path data = Files.createTempDirectory("genderhub-startup");
		String url = "jdbc:h2:file:" + data.resolve("genderhub").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
		for (String run : new String[] { "first start (empty file)",
				"second start on the same file, same JVM (classes already loaded)" }) {
			long t0 = System.nanoTime();
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GenderHubApplication.class)
				.run("--server.port=0", "--spring.datasource.url=" + url)) {
				long millis = (System.nanoTime() - t0) / 1_000_000;
				for (int i = 0; i < 3; i++) {
					System.gc();
					Thread.sleep(200);
				}
				MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
				System.out.printf(
						"STARTUP %s: started in %d ms; heap used after full GC %.1f MiB (committed %.1f MiB)%n", run,
						millis, heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0);
			}
		}
	}

}
