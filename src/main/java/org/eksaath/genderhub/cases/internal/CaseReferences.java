package org.eksaath.genderhub.cases.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Makes case references that are easy to read aloud and type on a basic phone: six
 * characters from an alphabet without 0/O and 1/I, unique among cases.
 */
@Component
class CaseReferences {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int LENGTH = 6;

	private final SecureRandom random = new SecureRandom();

	private final CaseRecordRepository cases;

	CaseReferences(CaseRecordRepository cases) {
		this.cases = cases;
	}

	String next() {
		// 32^6 is about a billion references, so a clash is rare; try again when it
		// happens.
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = random();
			if (!this.cases.existsByReference(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no free case reference after 20 attempts");
	}

	String random() {
		StringBuilder reference = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			reference.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

	static boolean looksLikeReference(String text) {
		if (text == null || text.length() != LENGTH) {
			return false;
		}
		for (char c : text.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

}
