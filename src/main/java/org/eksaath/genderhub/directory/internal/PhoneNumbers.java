package org.eksaath.genderhub.directory.internal;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises phone numbers to E.164 with India as the default region. A number must be
 * valid by libphonenumber's metadata, or lie in one of the configured fictional ranges
 * (numbers never assigned to anyone, used by demo data and tests).
 */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private final List<String> fictionalPrefixes;

	PhoneNumbers(List<String> fictionalPrefixes) {
		this.fictionalPrefixes = List.copyOf(fictionalPrefixes);
	}

	/** The E.164 form, or empty when the text is no valid number. */
	Optional<String> normalise(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(text.trim(), "IN");
			String e164 = UTIL.format(number, PhoneNumberFormat.E164);
			if (UTIL.isValidNumber(number)) {
				return Optional.of(e164);
			}
			if (UTIL.isPossibleNumber(number) && this.fictionalPrefixes.stream().anyMatch(e164::startsWith)) {
				return Optional.of(e164);
			}
			return Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
