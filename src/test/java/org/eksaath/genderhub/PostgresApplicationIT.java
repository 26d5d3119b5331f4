package org.eksaath.genderhub;

import java.util.Map;

import org.eksaath.genderhub.support.PostgresSupport;
import org.eksaath.genderhub.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application in the production profile, on a real PostgreSQL. */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresApplicationIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String url = PostgresSupport.createDatabase("app");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> PostgresSupport.USER);
	}

	@Autowired
	TestRestTemplate http;

	@org.junit.jupiter.api.BeforeEach
	void askForJson() {
		this.http.getRestTemplate().getInterceptors().add((request, body, execution) -> {
			request.getHeaders().setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
			return execution.execute(request, body);
		});
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsOnPostgresWithItsOwnSchemaAndTheEnginesAndNoDemoData() {
		assertThat(this.http.getForObject("/actuator/health", Map.class)).containsEntry("status", "UP");
		assertThat(this.jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
			.isGreaterThan(100000);
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from dir_hub", Integer.class)).isZero();
	}

	@Test
	void importsTheDirectoryOnPostgresAndRejectsABadFileWhole() {
		assertThat(postCsv("states", "code,name,name_hi,lgd_code\nUP,Uttar Pradesh,उत्तर प्रदेश,9\n").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> bad = postCsv("districts", "code,state_code,name\nUP-LKO,UP,Lucknow\nUP-AGR,XX,Agra\n");
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.jdbc.queryForObject("select count(*) from dir_district", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select name_hi from dir_state where code = 'UP'", String.class))
			.isEqualTo("उत्तर प्रदेश");
	}

	private ResponseEntity<Map> postCsv(String kind, String csv) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("text/csv"));
		return this.http.postForEntity("/api/directory/import/" + kind, new HttpEntity<>(csv, headers), Map.class);
	}

}
