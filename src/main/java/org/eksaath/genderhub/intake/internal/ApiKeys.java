package org.eksaath.genderhub.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The partner systems' API keys. Only SHA-256 hashes are kept in memory, and every
 * configured key is compared in constant time, so neither timing nor a heap dump tells a
 * key.
 */
@Component
class ApiKeys {

	private final Map<String, byte[]> hashes = new LinkedHashMap<>();

	ApiKeys(IntakeProperties properties) {
		String config = properties.apiKeys();
		if (config != null && !config.isBlank()) {
			for (String entry : config.split("[;,]")) {
				int eq = entry.indexOf('=');
				if (eq <= 0 || eq == entry.length() - 1) {
					throw new IllegalStateException("genderhub.intake.api-keys: each entry must be id=key");
				}
				String key = entry.substring(eq + 1).strip();
				if (key.length() < 16) {
					throw new IllegalStateException("genderhub.intake.api-keys: the key of "
							+ entry.substring(0, eq).strip() + " is shorter than 16 characters");
				}
				this.hashes.put(entry.substring(0, eq).strip(), sha256(key));
			}
		}
	}

	/** The id of the partner whose key this is, or empty. */
	Optional<String> identify(String presented) {
		if (presented == null || presented.isEmpty() || presented.length() > 200) {
			return Optional.empty();
		}
		byte[] hash = sha256(presented);
		String found = null;
		for (Map.Entry<String, byte[]> entry : this.hashes.entrySet()) {
			// No early exit: every key is compared.
			if (MessageDigest.isEqual(hash, entry.getValue()) && found == null) {
				found = entry.getKey();
			}
		}
		return Optional.ofNullable(found);
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
