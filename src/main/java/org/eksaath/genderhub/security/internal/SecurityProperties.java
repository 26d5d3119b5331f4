package org.eksaath.genderhub.security.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the security module ({@code genderhub.security.*}). Keys and passwords come
 * from the environment only.
 *
 * @param bootstrapAdmin the first administrator, created when no account has that name
 * @param demoUsers whether to create the fictional demo users (default profile only)
 * @param demoPassword password of the demo users
 * @param requireProductionSecrets refuse to start with a demo key or password (postgres)
 * @param session session settings
 * @param signIn throttling of failed sign-ins
 * @param encryption field encryption keys
 * @param reencryption the job that re-encrypts values under old keys
 */
@Validated
@ConfigurationProperties("genderhub.security")
record SecurityProperties(@Valid @NotNull BootstrapAdmin bootstrapAdmin, @DefaultValue("false") boolean demoUsers,
		String demoPassword, @DefaultValue("false") boolean requireProductionSecrets, @Valid @NotNull Session session,
		@Valid @NotNull SignIn signIn, @Valid @NotNull Encryption encryption,
		@Valid @NotNull Reencryption reencryption) {

	/** Demo secrets published in the README; never acceptable in production. */
	static final List<String> KNOWN_DEMO_SECRETS = List.of("demo", "admin", "password", "change-me",
			"Z2VuZGVyaHViLWRlbW8ta2V5LW5vdC1mb3ItcHJvZCE=");

	record BootstrapAdmin(String username, String password) {
	}

	record Session(@NotNull @DefaultValue("30m") Duration timeout) {
	}

	/**
	 * @param maxFailures failures allowed within the window before sign-in is refused
	 * @param window how long failures are remembered and sign-in is refused
	 */
	record SignIn(@Min(1) @DefaultValue("5") int maxFailuresPerUser,
			@Min(1) @DefaultValue("20") int maxFailuresPerAddress, @NotNull @DefaultValue("15m") Duration window) {
	}

	/**
	 * @param activeKeyId the key that encrypts new values
	 * @param keys key id to base64-encoded 256-bit AES key
	 * @param keyFile optional properties file with more keys ({@code keyId=base64})
	 */
	record Encryption(String activeKeyId, Map<String, String> keys, Path keyFile) {
	}

	record Reencryption(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("1m") Duration initialDelay,
			@NotNull @DefaultValue("6h") Duration interval) {
	}

}
