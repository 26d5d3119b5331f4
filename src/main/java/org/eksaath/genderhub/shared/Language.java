package org.eksaath.genderhub.shared;

import java.util.Locale;

/** Languages that messages and screens are offered in. */
public enum Language {

	HI("hi"), EN("en");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.tag);
	}

	/** Reads "hi", "HI", "Hindi", "en", "English"; anything else is an error. */
	public static Language parse(String text) {
		String t = (text == null) ? "" : text.trim().toLowerCase(Locale.ROOT);
		return switch (t) {
			case "hi", "hin", "hindi", "हिंदी", "हिन्दी" -> HI;
			case "en", "eng", "english" -> EN;
			default -> throw new IllegalArgumentException("unknown language '" + text + "' (use hi or en)");
		};
	}

}
