package org.eksaath.genderhub.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single values: {@code v1:<keyId>:<base64(nonce | ciphertext+tag)>}, a
 * random 96-bit nonce per value, the key id and format as additional authenticated data.
 * Values without the prefix are legacy plain text (before encryption was introduced);
 * they are read as they are and re-encrypted by the rotation job.
 */
public final class FieldCipher {

	static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final KeyRing keys;

	FieldCipher(KeyRing keys) {
		this.keys = keys;
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		String keyId = this.keys.activeKeyId();
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(keyId));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a value", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		int colon = stored.indexOf(':', PREFIX.length());
		if (colon < 0) {
			throw new IllegalStateException("malformed encrypted value");
		}
		String keyId = stored.substring(PREFIX.length(), colon);
		byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.keys.key(keyId), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			cipher.updateAAD(aad(keyId));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt a value under key " + keyId, ex);
		}
	}

	/** Whether a stored value must be re-encrypted: plain text or under another key. */
	boolean needsReencryption(String stored) {
		return stored != null && !stored.startsWith(PREFIX + this.keys.activeKeyId() + ":");
	}

	String activeKeyId() {
		return this.keys.activeKeyId();
	}

	private static byte[] aad(String keyId) {
		return (PREFIX + keyId).getBytes(StandardCharsets.UTF_8);
	}

}
