package org.eksaath.genderhub.security.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The postgres profile refuses to start with a published default key or password. */
class ProductionSecretsCheckTest {

	private static final String DEMO_KEY = "Z2VuZGVyaHViLWRlbW8ta2V5LW5vdC1mb3ItcHJvZCE=";

	private static final String REAL_KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

	@Test
	void refusesTheDemoKeyAndDefaultPasswords() {
		assertThatThrownBy(() -> new ProductionSecretsCheck(settings("admin", "demo", Map.of("demo", DEMO_KEY)),
				new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin")))
			.hasMessageContaining("GENDERHUB_ADMIN_PASSWORD is a published default")
			.hasMessageContaining("the active encryption key is the published demo key")
			.hasMessageContaining("CAMUNDA_ADMIN_PASSWORD is a published default");
	}

	@Test
	void startsWithSecretsFromTheEnvironment() {
		assertThatCode(() -> new ProductionSecretsCheck(
				settings("s3cret-from-the-vault", "prod1", Map.of("demo", DEMO_KEY, "prod1", REAL_KEY)),
				new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "another-s3cret")))
			.doesNotThrowAnyException();
	}

	private static SecurityProperties settings(String adminPassword, String activeKey, Map<String, String> keys) {
		return new SecurityProperties(new SecurityProperties.BootstrapAdmin("admin", adminPassword), false, null, true,
				new SecurityProperties.Session(Duration.ofMinutes(30)),
				new SecurityProperties.SignIn(5, 20, Duration.ofMinutes(15)),
				new SecurityProperties.Encryption(activeKey, keys, null),
				new SecurityProperties.Reencryption(true, Duration.ofMinutes(1), Duration.ofHours(6)));
	}

}
