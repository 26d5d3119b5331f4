package org.eksaath.genderhub.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.PlaceRef;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of every message, in Hindi and English. An SMS says what, where, how urgent,
 * by when and how to act (a reply code and a direct link); an email says the same at more
 * length. Nothing here may name, locate or describe a survivor: only what a
 * {@link CaseSnapshot} holds.
 */
@Component
public class MessageTemplates {

	/** Deadlines are shown in Indian Standard Time. */
	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	/** Village names as reported can be long; an SMS must stay within two segments. */
	static final int MAX_PLACE_LENGTH = 16;

	/**
	 * Indian carriers and phones handle two segments well; three cost more and arrive
	 * split.
	 */
	static final int MAX_SMS_SEGMENTS = 2;

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(IST);

	private static final Map<IncidentType, String[]> TYPES = new EnumMap<>(IncidentType.class);

	private static final Map<IncidentSubType, String[]> SUB_TYPES = new EnumMap<>(IncidentSubType.class);

	private static final Map<RiskLevel, String[]> RISKS = new EnumMap<>(RiskLevel.class);

	static {
		// { Hindi, English }
		TYPES.put(IncidentType.RAPE, new String[] { "बलात्कार", "Rape" });
		TYPES.put(IncidentType.SEXUAL_ASSAULT, new String[] { "यौन हमला", "Sexual assault" });
		TYPES.put(IncidentType.PHYSICAL_ASSAULT, new String[] { "शारीरिक हिंसा", "Physical assault" });
		TYPES.put(IncidentType.FORCED_MARRIAGE, new String[] { "जबरन विवाह", "Forced marriage" });
		TYPES.put(IncidentType.DENIAL_OF_RESOURCES, new String[] { "संसाधन से वंचित", "Denial of resources" });
		TYPES.put(IncidentType.PSYCHOLOGICAL_ABUSE, new String[] { "मानसिक उत्पीड़न", "Psychological abuse" });
		TYPES.put(IncidentType.NON_GBV, new String[] { "अन्य मामला", "Other (non-GBV)" });
		SUB_TYPES.put(IncidentSubType.DOMESTIC_VIOLENCE, new String[] { "घरेलू हिंसा", "Domestic violence" });
		SUB_TYPES.put(IncidentSubType.DOWRY_HARASSMENT, new String[] { "दहेज उत्पीड़न", "Dowry harassment" });
		SUB_TYPES.put(IncidentSubType.CHILD_MARRIAGE, new String[] { "बाल विवाह", "Child marriage" });
		SUB_TYPES.put(IncidentSubType.TRAFFICKING, new String[] { "मानव तस्करी", "Trafficking" });
		SUB_TYPES.put(IncidentSubType.ACID_ATTACK, new String[] { "तेज़ाब हमला", "Acid attack" });
		SUB_TYPES.put(IncidentSubType.HONOUR_BASED_VIOLENCE, new String[] { "ऑनर हिंसा", "Honour-based violence" });
		SUB_TYPES.put(IncidentSubType.ONLINE_HARASSMENT, new String[] { "ऑनलाइन उत्पीड़न", "Online harassment" });
		SUB_TYPES.put(IncidentSubType.SEXUAL_HARASSMENT, new String[] { "यौन उत्पीड़न", "Sexual harassment" });
		SUB_TYPES.put(IncidentSubType.STALKING, new String[] { "पीछा करना", "Stalking" });
		SUB_TYPES.put(IncidentSubType.WITCH_HUNTING, new String[] { "डायन प्रथा", "Witch hunting" });
		SUB_TYPES.put(IncidentSubType.DENIAL_OF_EDUCATION_OR_FOOD,
				new String[] { "शिक्षा/भोजन रोका", "Denial of education/food" });
		RISKS.put(RiskLevel.IMMEDIATE_DANGER, new String[] { "तत्काल खतरा", "IMMEDIATE DANGER" });
		RISKS.put(RiskLevel.HIGH, new String[] { "उच्च जोखिम", "high risk" });
		RISKS.put(RiskLevel.MEDIUM, new String[] { "मध्यम जोखिम", "medium risk" });
		RISKS.put(RiskLevel.LOW, new String[] { "कम जोखिम", "low risk" });
	}

	private final String publicUrl;

	public MessageTemplates(NotificationSettings settings) {
		this.publicUrl = settings.publicUrl();
	}

	/** Renders a template for one recipient's language and one channel. */
	RenderedMessage render(TemplateKey template, Language language, Channel channel, CaseSnapshot snapshot,
			Instant deadline) {
		return render(template, language, channel, snapshot, deadline, null);
	}

	/**
	 * Renders a template; {@code ownWords} is the wording of a template that carries
	 * another module's words ({@link TemplateKey#INTAKE_REPLY}), used as it is.
	 */
	RenderedMessage render(TemplateKey template, Language language, Channel channel, CaseSnapshot snapshot,
			Instant deadline, String ownWords) {
		Facts facts = facts(language, snapshot, deadline, ownWords);
		String sms = sms(template, language, facts);
		if (channel != Channel.EMAIL) {
			return new RenderedMessage(null, sms, null, SmsSegments.count(sms).segments());
		}
		String subject = subject(template, language, facts);
		String[] paragraphs = emailParagraphs(template, language, facts);
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.tag())
			.append("\"><head><meta charset=\"UTF-8\"><title>")
			.append(HtmlUtils.htmlEscape(subject))
			.append("</title></head><body style=\"font-family:sans-serif\">");
		for (String paragraph : paragraphs) {
			text.append(paragraph).append("\n\n");
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>");
		}
		text.append(facts.link).append('\n');
		html.append("<p><a href=\"")
			.append(HtmlUtils.htmlEscape(facts.link))
			.append("\">")
			.append(HtmlUtils.htmlEscape(facts.link))
			.append("</a></p></body></html>");
		return new RenderedMessage(subject, text.toString(), html.toString(), null);
	}

	private Facts facts(Language language, CaseSnapshot snapshot, Instant deadline, String text) {
		int lang = (language == Language.HI) ? 0 : 1;
		String ref = snapshot.reference();
		String type;
		if (snapshot.subType() != null) {
			type = SUB_TYPES.get(snapshot.subType())[lang];
		}
		else if (snapshot.incidentType() != null) {
			type = TYPES.get(snapshot.incidentType())[lang];
		}
		else {
			type = (lang == 0) ? "नया अलर्ट" : "New alert";
		}
		String risk = (snapshot.riskLevel() != null) ? RISKS.get(snapshot.riskLevel())[lang]
				: ((lang == 0) ? "जोखिम अभी तय नहीं" : "risk not yet assessed");
		String when = (deadline != null) ? DEADLINE.format(deadline) : ((lang == 0) ? "जल्द" : "soon");
		String link = this.publicUrl + "/cases/" + ref;
		return new Facts(ref, type, place(language, snapshot.place()), risk, when, link, snapshot.child(), text);
	}

	/**
	 * The most specific place a message may name: the village as reported, else the
	 * block, else the district. An English SMS keeps to GSM-7, so a village written in
	 * another script is replaced by the block code there.
	 */
	static String place(Language language, PlaceRef place) {
		String village = (place.village() == null) ? null : place.village().strip();
		String fallback = (place.blockCode() != null) ? place.blockCode() : place.districtCode();
		if (village == null || village.isEmpty() || (language == Language.EN && !SmsSegments.isGsm7(village))) {
			return fallback;
		}
		return (village.length() <= MAX_PLACE_LENGTH) ? village : village.substring(0, MAX_PLACE_LENGTH).strip();
	}

	/**
	 * The SMS text: the richest wording that fits in two segments (a Hindi SMS is UCS-2,
	 * 134 characters in two segments), else the tersest, which always keeps the reply
	 * code and the link.
	 */
	static String sms(TemplateKey template, Language language, Facts f) {
		String[] variants = (language == Language.HI) ? hindiSms(template, f) : englishSms(template, f);
		for (String variant : variants) {
			if (SmsSegments.count(variant).segments() <= MAX_SMS_SEGMENTS) {
				return variant;
			}
		}
		return variants[variants.length - 1];
	}

	private static String[] hindiSms(TemplateKey template, Facts f) {
		String what = "%s, %s, %s।".formatted(f.type, f.place, f.risk);
		return switch (template) {
			case REFERRAL -> new String[] {
					"रेफरल: %s %s तक ACK %s या NO %s कारण भेजें %s".formatted(what, f.when, f.ref, f.ref, f.link),
					"रेफरल: %s %s तक ACK %s या NO %s कारण %s".formatted(what, f.when, f.ref, f.ref, f.link),
					"रेफरल: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
					"रेफरल: %s %s तक ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case ESCALATION_DISTRICT ->
				new String[] {
						"जिला स्तर पर केस: %s %s तक कार्रवाई करें, ACK %s भेजें %s".formatted(what, f.when, f.ref,
								f.link),
						"जिला स्तर: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
						"जिला स्तर: %s %s तक ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case ESCALATION_STATE ->
				new String[] {
						"राज्य स्तर पर केस: %s %s तक कार्रवाई करें, ACK %s भेजें %s".formatted(what, f.when, f.ref,
								f.link),
						"राज्य स्तर: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
						"राज्य स्तर: %s %s तक ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case HANDED_BACK_DISTRICT -> new String[] {
					"राज्य ने केस जिले को लौटाया: %s %s तक कार्रवाई करें, ACK %s भेजें %s".formatted(what, f.when,
							f.ref, f.link),
					"जिले को लौटा: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
					"लौटा केस: %s %s तक ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case HELP_ON_THE_WAY -> new String[] {
					"मदद रास्ते में है: आपका केस %s (%s, %s) एक सेवा प्रदाता ने संभाल लिया है। धन्यवाद।"
						.formatted(f.ref, f.type, f.place),
					"मदद रास्ते में है: केस %s एक सेवा प्रदाता ने संभाल लिया है।".formatted(f.ref) };
			case FOLLOW_UP_REMINDER -> new String[] {
					"फॉलो-अप: केस %s (%s) अभी खुला है। प्रदाताओं और पीड़िता से बात करें, काम पूरा हो तो केस हल करें %s"
						.formatted(f.ref, what, f.link),
					"फॉलो-अप: केस %s अभी खुला है, %s तक देखें %s".formatted(f.ref, f.when, f.link),
					"फॉलो-अप: केस %s खुला %s".formatted(f.ref, f.link) };
			case REMINDER -> new String[] {
					"याद दिलाएं, कार्रवाई बाकी: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
					"याद दिलाएं: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
					"याद दिलाएं: %s %s तक ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case RECEIPT_SAATHI ->
				new String[] { "धन्यवाद। आपका अलर्ट केस %s बना (%s, %s)। हब %s तक देखेगा।".formatted(f.ref, f.type,
						f.place, f.when), "धन्यवाद। आपका अलर्ट केस %s बना। हब %s तक देखेगा।".formatted(f.ref, f.when) };
			case NEW_CASE_COORDINATOR ->
				new String[] { "नया केस: %s %s तक ट्रायेज करें, ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
						"नया केस: %s %s तक ACK %s भेजें %s".formatted(what, f.when, f.ref, f.link),
						"नया केस: %s %s तक ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case IMMEDIATE_DANGER -> new String[] {
					"तत्काल खतरा: %s, %s। अभी पहुंचें, ACK %s, बाद में DONE %s भेजें %s".formatted(f.type, f.place,
							f.ref, f.ref, f.link),
					"तत्काल खतरा: %s, %s। अभी पहुंचें, ACK %s भेजें %s".formatted(f.type, f.place, f.ref, f.link),
					"तत्काल खतरा: %s, %s। ACK %s %s".formatted(f.type, f.place, f.ref, f.link) };
			case CASE_CLOSED -> new String[] { "केस %s बंद हुआ। अलर्ट देने के लिए धन्यवाद।".formatted(f.ref) };
			// The code travels in the place slot (see OneTimeCodeMessages).
			case ONE_TIME_CODE ->
				new String[] { "Gender Hub कोड: %s। %s तक मान्य। किसी को न बताएं।".formatted(f.place, f.when) };
			case INTAKE_REPLY -> new String[] { (f.text != null) ? f.text : "आपका संदेश मिल गया।" };
		};
	}

	private static String[] englishSms(TemplateKey template, Facts f) {
		String what = "%s, %s, %s.".formatted(f.type, f.place, f.risk);
		return switch (template) {
			case REFERRAL -> new String[] {
					"Gender Hub referral: %s Reply by %s IST: ACK %s to accept, or NO %s reason to decline. %s"
						.formatted(what, f.when, f.ref, f.ref, f.link),
					"Referral: %s By %s IST reply ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case ESCALATION_DISTRICT ->
				new String[] {
						"Case escalated to DISTRICT: %s Act by %s IST and reply ACK %s. %s".formatted(what, f.when,
								f.ref, f.link),
						"DISTRICT: %s By %s IST reply ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case ESCALATION_STATE ->
				new String[] { "Case escalated to STATE: %s Act by %s IST and reply ACK %s. %s".formatted(what, f.when,
						f.ref, f.link), "STATE: %s By %s IST reply ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case HANDED_BACK_DISTRICT -> new String[] {
					"Case handed back to DISTRICT by the state: %s Act by %s IST and reply ACK %s. %s".formatted(what,
							f.when, f.ref, f.link),
					"Back to DISTRICT: %s By %s IST reply ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case HELP_ON_THE_WAY -> new String[] {
					"Help is on the way: a service provider has taken up your case %s (%s, %s). Thank you."
						.formatted(f.ref, f.type, f.place),
					"Help is on the way: a provider has taken up case %s.".formatted(f.ref) };
			case FOLLOW_UP_REMINDER -> new String[] {
					"Follow-up due: case %s (%s) is still open. Check with the providers and the survivor; resolve it when done. %s"
						.formatted(f.ref, what, f.link),
					"Follow up: case %s is still open. Check by %s IST %s".formatted(f.ref, f.when, f.link) };
			case REMINDER -> new String[] {
					"Reminder, nobody has acted yet: %s Act by %s IST and reply ACK %s. %s".formatted(what, f.when,
							f.ref, f.link),
					"Reminder: %s By %s IST reply ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case RECEIPT_SAATHI ->
				new String[] { "Thank you. Your alert is case %s (%s, %s). The hub will look at it by %s IST."
					.formatted(f.ref, f.type, f.place, f.when), "Thank you. Your alert is case %s.".formatted(f.ref) };
			case NEW_CASE_COORDINATOR ->
				new String[] {
						"New case to triage: %s Triage by %s IST and reply ACK %s. %s".formatted(what, f.when, f.ref,
								f.link),
						"New case: %s By %s IST reply ACK %s %s".formatted(what, f.when, f.ref, f.link) };
			case IMMEDIATE_DANGER -> new String[] {
					"IMMEDIATE DANGER: %s, %s. Go now: reply ACK %s, then DONE %s once you have acted. %s"
						.formatted(f.type, f.place, f.ref, f.ref, f.link),
					"IMMEDIATE DANGER: %s, %s. Reply ACK %s %s".formatted(f.type, f.place, f.ref, f.link) };
			case CASE_CLOSED -> new String[] { "Case %s is closed. Thank you for raising the alert.".formatted(f.ref) };
			case ONE_TIME_CODE ->
				new String[] { "Gender Hub code: %s. Valid until %s IST. Do not share it.".formatted(f.place, f.when) };
			case INTAKE_REPLY -> new String[] { (f.text != null) ? f.text : "Your message was received." };
		};
	}

	private static String subject(TemplateKey template, Language language, Facts f) {
		if (language == Language.HI) {
			return switch (template) {
				case REFERRAL -> "रेफरल: केस %s (%s, %s)".formatted(f.ref, f.type, f.risk);
				case ESCALATION_DISTRICT -> "केस %s जिला स्तर पर भेजा गया".formatted(f.ref);
				case ESCALATION_STATE -> "केस %s राज्य स्तर पर भेजा गया".formatted(f.ref);
				case HANDED_BACK_DISTRICT -> "केस %s राज्य से जिला स्तर पर लौटाया गया".formatted(f.ref);
				case FOLLOW_UP_REMINDER -> "केस %s का फॉलो-अप बाकी".formatted(f.ref);
				case HELP_ON_THE_WAY -> "केस %s: मदद रास्ते में है".formatted(f.ref);
				case REMINDER -> "याद दिलाना: केस %s पर कार्रवाई बाकी".formatted(f.ref);
				case RECEIPT_SAATHI -> "आपका अलर्ट केस %s बना".formatted(f.ref);
				case NEW_CASE_COORDINATOR -> "नया केस %s ट्रायेज के लिए".formatted(f.ref);
				case IMMEDIATE_DANGER -> "तत्काल ख़तरा: केस %s".formatted(f.ref);
				case CASE_CLOSED -> "केस %s बंद".formatted(f.ref);
				case ONE_TIME_CODE -> "Gender Hub कोड";
				case INTAKE_REPLY -> "Gender Hub";
			};
		}
		return switch (template) {
			case REFERRAL -> "Referral: case %s (%s, %s)".formatted(f.ref, f.type, f.risk);
			case ESCALATION_DISTRICT -> "Case %s escalated to district".formatted(f.ref);
			case ESCALATION_STATE -> "Case %s escalated to state".formatted(f.ref);
			case HANDED_BACK_DISTRICT -> "Case %s handed back to district by the state".formatted(f.ref);
			case FOLLOW_UP_REMINDER -> "Follow up on case %s".formatted(f.ref);
			case HELP_ON_THE_WAY -> "Case %s: help is on the way".formatted(f.ref);
			case REMINDER -> "Reminder: case %s still needs action".formatted(f.ref);
			case RECEIPT_SAATHI -> "Your alert is case %s".formatted(f.ref);
			case NEW_CASE_COORDINATOR -> "New case %s to triage".formatted(f.ref);
			case IMMEDIATE_DANGER -> "IMMEDIATE DANGER: case %s".formatted(f.ref);
			case CASE_CLOSED -> "Case %s closed".formatted(f.ref);
			case ONE_TIME_CODE -> "Gender Hub code";
			case INTAKE_REPLY -> "Gender Hub";
		};
	}

	private static String[] emailParagraphs(TemplateKey template, Language language, Facts f) {
		boolean hi = language == Language.HI;
		String facts = hi
				? "केस: %s। प्रकार: %s%s। स्थान: %s। जोखिम: %s। समय-सीमा: %s (IST)।".formatted(f.ref, f.type,
						f.child ? " (बच्ची)" : "", f.place, f.risk, f.when)
				: "Case: %s. Type: %s%s. Place: %s. Risk: %s. Deadline: %s (IST).".formatted(f.ref, f.type,
						f.child ? " (child)" : "", f.place, f.risk, f.when);
		String ask = switch (template) {
			case REFERRAL -> hi
					? "यह केस आपको रेफर किया गया है। समय-सीमा तक SMS से ACK %s भेजकर स्वीकार करें, या NO %s और कारण भेजें। नीचे के लिंक पर भी जवाब दे सकते हैं।"
						.formatted(f.ref, f.ref)
					: "This case has been referred to you. Accept it by the deadline by replying ACK %s by SMS, or decline with NO %s and a reason. You can also answer at the link below."
						.formatted(f.ref, f.ref);
			case ESCALATION_DISTRICT -> hi
					? "सामुदायिक स्तर पर समय पर कार्रवाई नहीं हुई, इसलिए यह केस जिला स्तर पर भेजा गया है। समय-सीमा तक कार्रवाई करें और ACK %s भेजें।"
						.formatted(f.ref)
					: "The community tier did not act in time, so this case has been escalated to the district. Please act by the deadline and reply ACK %s."
						.formatted(f.ref);
			case ESCALATION_STATE -> hi
					? "जिला स्तर पर समय पर कार्रवाई नहीं हुई, इसलिए यह केस राज्य स्तर पर भेजा गया है। समय-सीमा तक कार्रवाई करें और ACK %s भेजें।"
						.formatted(f.ref)
					: "The district tier did not act in time, so this case has been escalated to the state. Please act by the deadline and reply ACK %s."
						.formatted(f.ref);
			case HANDED_BACK_DISTRICT -> hi
					? "राज्य स्तर के अधिकारियों ने यह केस जिला स्तर को लौटा दिया है। अब जिला स्तर को नई समय-सीमा तक कार्रवाई करनी है और ACK %s भेजना है।"
						.formatted(f.ref)
					: "The state officials have handed this case back to the district. The district must act by the new deadline and reply ACK %s."
						.formatted(f.ref);
			case HELP_ON_THE_WAY -> hi
					? "आपके अलर्ट से बने केस को एक सेवा प्रदाता ने संभाल लिया है: मदद रास्ते में है। अलर्ट देने के लिए धन्यवाद।"
					: "A service provider has taken up the case your alert opened: help is on the way. Thank you for raising the alert.";
			case FOLLOW_UP_REMINDER -> hi
					? "यह केस अभी फॉलो-अप में खुला है। प्रदाताओं और पीड़िता से बात करें, और काम पूरा होने पर केस हल करें। केस खुला रहा तो नीचे दिए समय पर फिर याद दिलाया जाएगा।"
					: "This case is still open in follow-up. Please check with the providers and the survivor, and resolve the case when the work is done. If it stays open you will be reminded again at the time below.";
			case REMINDER -> hi
					? "इस केस पर अभी तक कार्रवाई नहीं हुई है। समय-सीमा तक कार्रवाई करें और ACK %s भेजें।"
						.formatted(f.ref)
					: "Nobody has acted on this case yet. Please act by the deadline and reply ACK %s."
						.formatted(f.ref);
			case RECEIPT_SAATHI -> hi ? "आपका अलर्ट मिल गया है। हब समन्वयक समय-सीमा तक इसे देखेंगे।"
					: "Your alert has been received. A hub coordinator will look at it by the deadline.";
			case NEW_CASE_COORDINATOR -> hi
					? "एक नया केस ट्रायेज का इंतज़ार कर रहा है। समय-सीमा तक ट्रायेज करें और ACK %s भेजें।"
						.formatted(f.ref)
					: "A new case is waiting for triage. Please triage it by the deadline and reply ACK %s."
						.formatted(f.ref);
			case IMMEDIATE_DANGER -> hi
					? "यह तत्काल ख़तरे का केस है। तुरंत कार्रवाई करें, ACK %s भेजें और कार्रवाई के बाद DONE %s भेजें।"
						.formatted(f.ref, f.ref)
					: "This case is in immediate danger. Act now: reply ACK %s, and DONE %s once you have acted."
						.formatted(f.ref, f.ref);
			case CASE_CLOSED -> hi ? "यह केस बंद हो गया है। अलर्ट देने के लिए धन्यवाद।"
					: "This case has been closed. Thank you for raising the alert.";
			case ONE_TIME_CODE -> hi ? "आपका कोड: %s। किसी को न बताएं।".formatted(f.place)
					: "Your code: %s. Do not share it.".formatted(f.place);
			case INTAKE_REPLY ->
				(f.text != null) ? f.text : (hi ? "आपका संदेश मिल गया।" : "Your message was received.");
		};
		if (template == TemplateKey.INTAKE_REPLY) {
			// About no case: there are no case facts to give.
			return new String[] { ask };
		}
		return new String[] { ask, facts };
	}

	record Facts(String ref, String type, String place, String risk, String when, String link, boolean child,
			String text) {
	}

}
