package org.eksaath.genderhub.intake.internal;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Senders' numbers to E.164 (India by default), as the directory stores them: valid by
 * libphonenumber, or possible and within the directory's fictional demo ranges.
 */
@Component
class PhoneNumberCheck {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private final List<String> fictionalPrefixes;

	PhoneNumberCheck(Environment environment) {
		// The directory's setting, a YAML list (which @Value cannot read).
		this.fictionalPrefixes = Binder.get(environment)
			.bind("genderhub.directory.fictional-number-prefixes", Bindable.listOf(String.class))
			.orElse(List.of());
	}

	Optional<String> normalise(String text) {
		if (text == null || text.isBlank() || text.length() > 40) {
			return Optional.empty();
		}
		String number = text.strip();
		if (number.regionMatches(true, 0, "whatsapp:", 0, 9)) {
			number = number.substring(9);
		}
		try {
			PhoneNumber parsed = UTIL.parse(number, "IN");
			String e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
			if (UTIL.isValidNumber(parsed)) {
				return Optional.of(e164);
			}
			if (UTIL.isPossibleNumber(parsed) && this.fictionalPrefixes.stream().anyMatch(e164::startsWith)) {
				return Optional.of(e164);
			}
			return Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
