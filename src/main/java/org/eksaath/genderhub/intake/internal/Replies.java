package org.eksaath.genderhub.intake.internal;

import org.eksaath.genderhub.cases.CaseIntake.ReplyOutcome;
import org.eksaath.genderhub.shared.Language;

/**
 * What the sender is told, in Hindi or English, short enough for one or two SMS segments.
 * Never repeats what the sender wrote.
 */
final class Replies {

	private Replies() {
	}

	static String opened(Language l, String ref) {
		return hi(l) ? "धन्यवाद। आपका अलर्ट केस " + ref + " बना। हब जल्द देखेगा।"
				: "Thank you. Your alert is case " + ref + ". The hub will look at it soon.";
	}

	static String duplicate(Language l, String ref) {
		return hi(l) ? "यह अलर्ट पहले के केस " + ref + " में जोड़ा गया।"
				: "This alert was added to your earlier case " + ref + ".";
	}

	static String unparsed(Language l) {
		return hi(l) ? "आपका संदेश मिल गया। हब समन्वयक इसे पढ़ेंगे। लिखें: मदद <प्रकार> <गाँव> <बात>"
				: "Your message was received; a hub coordinator will read it. Format: HELP <type> <village> <details>";
	}

	static String unknownSender(Language l) {
		return hi(l) ? "आपका संदेश मिल गया। हब समन्वयक इसे देखेंगे।"
				: "Your message was received. A hub coordinator will look at it.";
	}

	static String rejected(Language l, String ref, String why) {
		return hi(l) ? "केस " + ref + " पर आपका जवाब दर्ज नहीं हुआ: " + why
				: "Your reply on case " + ref + " was not recorded: " + why;
	}

	static String noSuchCase(Language l, String ref) {
		return hi(l) ? "केस " + ref + " नहीं मिला। केस नंबर जाँचें।"
				: "No case " + ref + ". Please check the case number.";
	}

	static String received(Language l) {
		return hi(l) ? "आपका संदेश मिल गया। हब समन्वयक इसे देखेंगे।"
				: "Your message was received. A hub coordinator will look at it.";
	}

	static String replied(Language l, ReplyOutcome outcome, String ref) {
		if (hi(l)) {
			return switch (outcome) {
				case REFERRAL_ACKNOWLEDGED -> "धन्यवाद। केस " + ref + " का रेफरल स्वीकार दर्ज हुआ।";
				case REFERRAL_DECLINED -> "केस " + ref + " का रेफरल अस्वीकार दर्ज हुआ।";
				case REFERRAL_DONE -> "धन्यवाद। केस " + ref + " पर कार्रवाई पूरी दर्ज हुई।";
				case OFFICIALS_ACTED -> "धन्यवाद। केस " + ref + " पर आपकी कार्रवाई दर्ज हुई।";
				case NOTED -> "धन्यवाद। केस " + ref + " पर आपका जवाब दर्ज हुआ।";
				case ESCALATED -> "केस " + ref + " ऊपर के स्तर पर भेजा गया।";
			};
		}
		return switch (outcome) {
			case REFERRAL_ACKNOWLEDGED -> "Thank you. Referral of case " + ref + " acknowledged.";
			case REFERRAL_DECLINED -> "Referral of case " + ref + " declined.";
			case REFERRAL_DONE -> "Thank you. Case " + ref + " recorded as done.";
			case OFFICIALS_ACTED -> "Thank you. Your action on case " + ref + " is recorded.";
			case NOTED -> "Thank you. Your reply on case " + ref + " is recorded.";
			case ESCALATED -> "Case " + ref + " has been escalated to the next tier.";
		};
	}

	static String rateLimited(Language l) {
		return hi(l) ? "बहुत सारे संदेश। कुछ मिनट बाद भेजें, या हेल्पलाइन 181 पर फ़ोन करें।"
				: "Too many messages. Please wait a few minutes, or call the helpline 181.";
	}

	private static boolean hi(Language l) {
		return l == Language.HI;
	}

}
