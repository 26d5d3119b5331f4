package org.eksaath.genderhub.security.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production ({@code genderhub.security.require-production-secrets}, set by the
 * postgres profile) the service refuses to start with a published demo key or password.
 */
@Component
class ProductionSecretsCheck {

	ProductionSecretsCheck(SecurityProperties settings, Environment environment) {
		if (!settings.requireProductionSecrets()) {
			return;
		}
		List<String> problems = new ArrayList<>();
		var admin = settings.bootstrapAdmin();
		if (admin.password() != null && isDemo(admin.password())) {
			problems.add("GENDERHUB_ADMIN_PASSWORD is a published default");
		}
		if (settings.demoUsers()) {
			problems.add("genderhub.security.demo-users must be false");
		}
		var encryption = settings.encryption();
		String active = (encryption.keys() != null) ? encryption.keys().get(encryption.activeKeyId()) : null;
		if (encryption.activeKeyId() == null || encryption.activeKeyId().isBlank()) {
			problems.add("GENDERHUB_ENCRYPTION_ACTIVE_KEY is not set");
		}
		else if (active != null && isDemo(active)) {
			problems.add("the active encryption key is the published demo key");
		}
		String camunda = environment.getProperty("camunda.bpm.admin-user.password");
		if (camunda != null && isDemo(camunda)) {
			problems.add("CAMUNDA_ADMIN_PASSWORD is a published default");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start with default secrets: " + String.join("; ", problems));
		}
	}

	private static boolean isDemo(String secret) {
		String trimmed = secret.trim();
		if (SecurityProperties.KNOWN_DEMO_SECRETS.contains(trimmed)) {
			return true;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(trimmed);
			return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("demo-key");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
