package org.eksaath.genderhub.intake.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eksaath.genderhub.cases.CaseIntake.ReplyAction;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.shared.Language;

/**
 * The short SMS grammar a Saathi and a provider can remember, in Latin and Devanagari
 * letters (the table is in README):
 * <ul>
 * <li>{@code HELP|MADAD|मदद <type> <place> <free text>} raises an alert;</li>
 * <li>{@code ACK|NO|DONE|ESC <case> [reason]} and Hindi equivalents ({@code हाँ},
 * {@code नहीं}, {@code हो गया}, {@code ऊपर}) answer a notification.</li>
 * </ul>
 * Anything else is {@link Unparsed}. Pure function of the text; knows nothing of the
 * directory.
 */
final class SmsGrammar {

	private static final Pattern REFERENCE = Pattern.compile("[2-9A-HJ-NP-Z]{6}");

	private static final Map<String, Object> TYPES = new HashMap<>();

	private static final Map<String, ReplyAction> REPLIES = new HashMap<>();

	private static final List<String> ALERT_WORDS = List.of("HELP", "MADAD", "मदद", "SOS", "ALERT");

	static {
		type(IncidentSubType.DOMESTIC_VIOLENCE, "DV", "GHAR", "GHARELU", "GHARELOO", "घरेलू", "घरेलु", "घर");
		type(IncidentSubType.CHILD_MARRIAGE, "SHAADI", "SHADI", "BALVIVAH", "BAALVIVAH", "VIVAH", "CM", "शादी", "विवाह",
				"बालविवाह");
		type(IncidentType.RAPE, "RAPE", "BALATKAR", "BALATKAAR", "बलात्कार");
		type(IncidentType.PHYSICAL_ASSAULT, "MAAR", "MAR", "MARPEET", "MAARPEET", "MARPIT", "ASSAULT", "मार", "मारपीट");
		type(IncidentType.SEXUAL_ASSAULT, "YAUN", "SA", "यौन");
		type(IncidentType.PSYCHOLOGICAL_ABUSE, "MANSIK", "मानसिक");
		type(IncidentSubType.DOWRY_HARASSMENT, "DAHEJ", "DOWRY", "दहेज");
		type(IncidentSubType.TRAFFICKING, "TASKARI", "TRAFFICKING", "तस्करी");
		type(IncidentSubType.ACID_ATTACK, "TEZAB", "TEZAAB", "TEJAB", "ACID", "तेजाब", "तेज़ाब");
		type(IncidentSubType.SEXUAL_HARASSMENT, "CHHED", "CHED", "CHHEDCHHAD", "छेड़", "छेड़छाड़");
		type(IncidentSubType.STALKING, "PICHHA", "PEECHHA", "STALK", "पीछा");
		type(IncidentSubType.WITCH_HUNTING, "DAYAN", "DAAYAN", "डायन");
		type(IncidentSubType.HONOUR_BASED_VIOLENCE, "IZZAT", "HONOUR", "इज़्ज़त", "इज्जत");
		type(IncidentSubType.ONLINE_HARASSMENT, "ONLINE", "ऑनलाइन");
		type(IncidentSubType.DENIAL_OF_EDUCATION_OR_FOOD, "PADHAI", "KHANA", "पढ़ाई", "खाना");
		reply(ReplyAction.ACKNOWLEDGE, "ACK", "OK", "HAAN", "HAN", "HA", "हाँ", "हां", "हा", "ठीक");
		reply(ReplyAction.DECLINE, "NO", "NAHI", "NAHIN", "नहीं", "नही");
		reply(ReplyAction.DONE, "DONE", "HOGAYA", "HOGYA", "होगया", "हुआ");
		reply(ReplyAction.ESCALATE, "ESC", "ESCALATE", "UPAR", "ऊपर");
	}

	private SmsGrammar() {
	}

	private static void type(Object type, String... words) {
		for (String word : words) {
			TYPES.put(key(word), type);
		}
	}

	private static void reply(ReplyAction action, String... words) {
		for (String word : words) {
			REPLIES.put(key(word), action);
		}
	}

	/** A word as looked up: upper case, no nukta, no punctuation around it. */
	static String key(String word) {
		String w = Normalizer.normalize(word, Normalizer.Form.NFC).replace("\u093C", "").replace('\u0901', '\u0902');
		return w.toUpperCase(Locale.ROOT);
	}

	static ParsedMessage parse(String text) {
		Language language = language(text);
		List<String> words = words(text);
		if (words.isEmpty()) {
			return new Unparsed(language);
		}
		String first = key(words.get(0));
		if (ALERT_WORDS.stream().map(SmsGrammar::key).anyMatch(first::equals)) {
			return alert(words.subList(1, words.size()), language);
		}
		// "HO GAYA <case>" / "हो गया <case>": two words for DONE.
		if (words.size() >= 2 && (first.equals("HO") || first.equals("हो"))) {
			String second = key(words.get(1));
			if (second.equals("GAYA") || second.equals("GYA") || second.equals("गया")) {
				return replyTo(ReplyAction.DONE, words.subList(2, words.size()), language);
			}
		}
		ReplyAction action = REPLIES.get(first);
		if (action != null) {
			return replyTo(action, words.subList(1, words.size()), language);
		}
		return new Unparsed(language);
	}

	private static ParsedMessage alert(List<String> rest, Language language) {
		if (rest.isEmpty()) {
			return new Unparsed(language);
		}
		Object type = TYPES.get(key(rest.get(0)));
		if (type == null) {
			// No type word: the place must then be found in the directory.
			return new AlertMessage(null, null, List.copyOf(rest), language);
		}
		IncidentSubType subType = (type instanceof IncidentSubType s) ? s : null;
		IncidentType incidentType = (type instanceof IncidentType t) ? t : subType.coreType();
		return new AlertMessage(incidentType, subType, List.copyOf(rest.subList(1, rest.size())), language);
	}

	private static ParsedMessage replyTo(ReplyAction action, List<String> rest, Language language) {
		if (rest.isEmpty()) {
			return new Unparsed(language);
		}
		String reference = rest.get(0).toUpperCase(Locale.ROOT);
		if (!REFERENCE.matcher(reference).matches()) {
			return new Unparsed(language);
		}
		String reason = String.join(" ", rest.subList(1, rest.size())).strip();
		return new ReplyMessage(action, reference, reason.isEmpty() ? null : reason, language);
	}

	static Language language(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0900' && c <= '\u097F') {
				return Language.HI;
			}
		}
		return Language.EN;
	}

	/** Words without the punctuation people put around them ("HELP:", "*ACK*"). */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String raw : text.strip().split("[\\s\\u00A0]+")) {
			String word = raw.replaceAll("^[\\p{Punct}\\u0964\\u0965]+|[\\p{Punct}\\u0964\\u0965]+$", "");
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	sealed interface ParsedMessage permits AlertMessage, ReplyMessage, Unparsed {

		Language language();

	}

	/**
	 * An alert: the type (both null when no type word was given) and the words after it,
	 * which start with the place.
	 */
	record AlertMessage(IncidentType incidentType, IncidentSubType subType, List<String> rest,
			Language language) implements ParsedMessage {
	}

	record ReplyMessage(ReplyAction action, String reference, String reason,
			Language language) implements ParsedMessage {
	}

	record Unparsed(Language language) implements ParsedMessage {
	}

}
