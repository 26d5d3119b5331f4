package org.eksaath.genderhub;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.shared.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on the embedded default: an H2 file, the demo directory, the
 * engine. It is started twice on the same file, as a newcomer would restart it.
 */
class GenderHubApplicationIT {

	@TempDir
	Path dataDir;

	@Test
	void startsOnAnH2FileAndKeepsWhatWasImportedAcrossARestart() {
		String url = "jdbc:h2:file:" + this.dataDir.resolve("genderhub").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";

		try (ConfigurableApplicationContext first = start(url)) {
			TestRestTemplate http = http(first);
			assertThat(http.getForObject("/actuator/health", Map.class)).containsEntry("status", "UP");
			assertThat(first.getBean(ProcessEngine.class).getName()).isNotBlank();
			assertThat(first.getBean(DirectoryLookup.class).responders(Tier.STATE, "UK", "UK-DDN", null)).hasSize(2);

			ResponseEntity<Map> imported = postCsv(http, "districts", """
					code,state_code,name,name_hi,lgd_code
					UK-PAU,UK,Pauri Garhwal,पौड़ी गढ़वाल,
					""");
			assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(imported.getBody()).containsEntry("created", 1);
		}

		try (ConfigurableApplicationContext second = start(url)) {
			TestRestTemplate http = http(second);
			Map<?, ?> districts = http.getForObject("/api/directory/districts?state=UK", Map.class);
			assertThat(districts.get("totalItems")).isEqualTo(3);
			assertThat(second.getBean(DirectoryLookup.class).isKnownPlace("UK", "UK-PAU", null)).isTrue();
		}
	}

	@Test
	void aBadDirectoryFileGetsEveryErrorByRowAndColumnAndChangesNothing() {
		try (ConfigurableApplicationContext app = start(
				"jdbc:h2:file:" + this.dataDir.resolve("bad").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE")) {
			TestRestTemplate http = http(app);

			ResponseEntity<Map> rejected = postCsv(http, "saathis", """
					phone,name,district_code,language
					+91 50009 00001,Demo Saathi A,UP-LKO,hi
					12345,Demo Saathi B,UP-NOWHERE,hi
					""");

			assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(rejected.getBody().get("errors")).asList()
				.containsExactly(
						Map.of("row", 3, "column", "phone", "message",
								"'12345' is not a valid phone number (India is the default country)"),
						Map.of("row", 3, "column", "district_code", "message", "unknown district 'UP-NOWHERE'"));
			assertThat(app.getBean(DirectoryLookup.class).saathiByPhone("+915000900001")).isEmpty();
			assertThat(postCsv(http, "volunteers", "phone\n").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(GenderHubApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--camunda.bpm.job-execution.enabled=true");
	}

	private static TestRestTemplate http(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		TestRestTemplate http = new TestRestTemplate();
		http.getRestTemplate().getInterceptors().add((request, body, execution) -> {
			request.getHeaders().setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
			return execution.execute(request, body);
		});
		http.setUriTemplateHandler(
				new org.springframework.web.util.DefaultUriBuilderFactory("http://localhost:" + port));
		return http;
	}

	private static ResponseEntity<Map> postCsv(TestRestTemplate http, String kind, String csv) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("text/csv"));
		return http.postForEntity("/api/directory/import/" + kind, new HttpEntity<>(csv, headers), Map.class);
	}

}
