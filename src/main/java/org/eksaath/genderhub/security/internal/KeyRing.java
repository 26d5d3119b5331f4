package org.eksaath.genderhub.security.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES keys by id and which one encrypts new values. */
final class KeyRing {

	private final String activeKeyId;

	private final Map<String, SecretKey> keys;

	KeyRing(String activeKeyId, Map<String, byte[]> keys) {
		if (activeKeyId == null || activeKeyId.isBlank()) {
			throw new IllegalStateException("genderhub.security.encryption.active-key-id is not set");
		}
		Map<String, SecretKey> all = new LinkedHashMap<>();
		keys.forEach((id, bytes) -> {
			if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
				throw new IllegalStateException("encryption key id '" + id + "' must be 1-32 letters, digits, - or _");
			}
			if (bytes.length != 32) {
				throw new IllegalStateException(
						"encryption key " + id + " must be 256 bits (32 bytes), not " + bytes.length + " bytes");
			}
			all.put(id, new SecretKeySpec(bytes, "AES"));
		});
		if (!all.containsKey(activeKeyId)) {
			throw new IllegalStateException("no encryption key with the active id " + activeKeyId);
		}
		this.activeKeyId = activeKeyId;
		this.keys = Map.copyOf(all);
	}

	static KeyRing from(SecurityProperties.Encryption settings) {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		if (settings.keys() != null) {
			settings.keys().forEach((id, value) -> keys.put(id, decode(id, value)));
		}
		if (settings.keyFile() != null && !settings.keyFile().toString().isBlank()) {
			Properties file = new Properties();
			try (Reader reader = Files.newBufferedReader(settings.keyFile())) {
				file.load(reader);
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read the key file " + settings.keyFile(), ex);
			}
			file.stringPropertyNames().forEach((id) -> keys.put(id, decode(id, file.getProperty(id))));
		}
		return new KeyRing(settings.activeKeyId(), keys);
	}

	private static byte[] decode(String id, String value) {
		try {
			return Base64.getDecoder().decode(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("encryption key " + id + " is not base64", ex);
		}
	}

	String activeKeyId() {
		return this.activeKeyId;
	}

	SecretKey active() {
		return this.keys.get(this.activeKeyId);
	}

	SecretKey key(String id) {
		SecretKey key = this.keys.get(id);
		if (key == null) {
			throw new IllegalStateException("no encryption key " + id + " configured: cannot decrypt");
		}
		return key;
	}

}
