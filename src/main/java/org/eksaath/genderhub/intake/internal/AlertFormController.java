package org.eksaath.genderhub.intake.internal;

import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.shared.Language;

/**
 * The alert web form for a cheap smartphone on a slow connection: small server-rendered
 * pages, no JavaScript, Hindi and English. A Saathi enters his registered phone, gets a
 * one-time code by SMS, enters it, then the alert; the page shows the case number. Every
 * form carries a token tied to the session (and Spring Security's CSRF token when it is
 * present).
 */
@RestController
@Hidden
class AlertFormController {

	static final String TOKEN = "formToken";

	private static final String PHONE = "intake.phone";

	private static final String SAATHI = "intake.saathi";

	private static final String SAATHI_PHONE = "intake.saathiPhone";

	/** Type words of the SMS grammar, offered as choices. */
	private static final Map<String, String[]> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put("DV", new String[] { "घरेलू हिंसा", "Domestic violence" });
		TYPES.put("SHAADI", new String[] { "बाल विवाह", "Child marriage" });
		TYPES.put("RAPE", new String[] { "बलात्कार", "Rape" });
		TYPES.put("MAAR", new String[] { "मारपीट", "Assault" });
		TYPES.put("DAHEJ", new String[] { "दहेज", "Dowry harassment" });
		TYPES.put("TASKARI", new String[] { "तस्करी", "Trafficking" });
		TYPES.put("TEZAB", new String[] { "तेज़ाब हमला", "Acid attack" });
		TYPES.put("CHHED", new String[] { "छेड़छाड़", "Sexual harassment" });
		TYPES.put("OTHER", new String[] { "अन्य", "Other" });
	}

	private final SecureRandom random = new SecureRandom();

	private final IntakeService intake;

	private final LoginCodes codes;

	private final RateLimiter limiter;

	private final IntakeProperties properties;

	private final PhoneNumberCheck phones;

	AlertFormController(IntakeService intake, LoginCodes codes, RateLimiter limiter, IntakeProperties properties,
			PhoneNumberCheck phones) {
		this.intake = intake;
		this.codes = codes;
		this.limiter = limiter;
		this.properties = properties;
		this.phones = phones;
	}

	@GetMapping("/alert")
	ResponseEntity<String> start(HttpServletRequest request, @RequestParam(required = false) String lang) {
		Language l = language(request, lang);
		if (request.getSession(false) != null && request.getSession().getAttribute(SAATHI) != null) {
			return alertForm(request, l, null);
		}
		return page(HttpStatus.OK, l, t(l, "अलर्ट भेजें", "Raise an alert"), form(request, "/alert/code", l,
				"<label>" + t(l, "आपका पंजीकृत फ़ोन नंबर", "Your registered phone number")
						+ "<input name=\"phone\" type=\"tel\" autocomplete=\"tel\" required maxlength=\"20\"></label>"
						+ button(t(l, "कोड भेजें", "Send me a code"))));
	}

	@PostMapping(path = "/alert/code", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> sendCode(HttpServletRequest request, @RequestParam(required = false) String phone,
			@RequestParam(name = TOKEN, required = false) String token, @RequestParam(required = false) String lang) {
		Language l = language(request, lang);
		if (!validToken(request, token)) {
			return expired(request, l);
		}
		var normalised = this.phones.normalise(phone);
		if (normalised.isEmpty()) {
			return page(HttpStatus.BAD_REQUEST, l, t(l, "गलत नंबर", "Not a phone number"),
					"<p>" + t(l, "कृपया 10 अंकों का मोबाइल नंबर लिखें।", "Please enter a 10-digit mobile number.")
							+ "</p><p><a href=\"/alert?lang=" + l.tag() + "\">" + t(l, "वापस", "Back") + "</a></p>");
		}
		if (!this.limiter.tryAcquire("code:" + normalised.get(), this.properties.code().perPhoneAndWindow())) {
			return page(HttpStatus.TOO_MANY_REQUESTS, l, t(l, "बहुत सारे प्रयास", "Too many attempts"),
					"<p>" + Replies.rateLimited(l) + "</p>");
		}
		this.codes.send(normalised.get());
		request.getSession().setAttribute(PHONE, normalised.get());
		return codeForm(request, l, null);
	}

	@PostMapping(path = "/alert/verify", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> verify(HttpServletRequest request, @RequestParam(required = false) String code,
			@RequestParam(name = TOKEN, required = false) String token, @RequestParam(required = false) String lang) {
		Language l = language(request, lang);
		HttpSession session = request.getSession(false);
		if (!validToken(request, token) || session == null || session.getAttribute(PHONE) == null) {
			return expired(request, l);
		}
		String phone = (String) session.getAttribute(PHONE);
		var saathi = this.codes.verify(phone, (code != null && code.length() <= 12) ? code : null);
		if (saathi.isEmpty()) {
			return codeForm(request, l, t(l, "कोड सही नहीं है या पुराना हो गया।", "The code is wrong or has expired."));
		}
		// A new session id after sign-in, so a session fixed before it is worth nothing.
		request.changeSessionId();
		session.setAttribute(SAATHI, saathi.get().id());
		session.setAttribute(SAATHI_PHONE, phone);
		return alertForm(request, l, null);
	}

	@PostMapping(path = "/alert/send", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> send(HttpServletRequest request, @RequestParam(required = false) String type,
			@RequestParam(required = false) String place, @RequestParam(required = false) String details,
			@RequestParam(name = TOKEN, required = false) String token, @RequestParam(required = false) String lang) {
		Language l = language(request, lang);
		HttpSession session = request.getSession(false);
		if (!validToken(request, token) || session == null || session.getAttribute(SAATHI) == null) {
			return expired(request, l);
		}
		String where = (place == null) ? "" : place.strip();
		if (where.isEmpty() || where.length() > 100) {
			return alertForm(request, l, t(l, "गाँव या ब्लॉक का नाम लिखें।", "Please enter the village or block."));
		}
		String phone = (String) session.getAttribute(SAATHI_PHONE);
		if (!this.limiter.tryAcquire("phone:" + phone, this.properties.rateLimit().perSender())) {
			return page(HttpStatus.TOO_MANY_REQUESTS, l, t(l, "बहुत सारे अलर्ट", "Too many alerts"),
					"<p>" + Replies.rateLimited(l) + "</p>");
		}
		String word = (type != null && TYPES.containsKey(type) && !"OTHER".equals(type)) ? type + " " : "";
		String text = ("HELP " + word + where + " " + ((details == null) ? "" : details.strip())).strip();
		Outcome outcome = this.intake.accept(new Incoming(AlertChannel.WEB_FORM, phone, null, null, text, null, null));
		String body;
		if (outcome.caseReference() != null) {
			body = "<p class=\"ok\">" + t(l, "आपका अलर्ट केस", "Your alert is case") + "</p><p class=\"ref\">"
					+ esc(outcome.caseReference()) + "</p><p>"
					+ ((outcome.status() == AlertStatus.DUPLICATE)
							? t(l, "यह आपके पहले के केस में जोड़ा गया।", "It was added to your earlier case.")
							: t(l, "हब समन्वयक जल्द देखेंगे। आपको SMS भी मिलेगा।",
									"A hub coordinator will look at it soon. You will get an SMS too."))
					+ "</p>";
		}
		else {
			body = "<p class=\"ok\">" + esc(Replies.received(l)) + "</p>";
		}
		body += "<p><a href=\"/alert?lang=" + l.tag() + "\">" + t(l, "एक और अलर्ट", "Another alert") + "</a></p>";
		return page(HttpStatus.OK, l, t(l, "अलर्ट मिला", "Alert received"), body);
	}

	private ResponseEntity<String> codeForm(HttpServletRequest request, Language l, String error) {
		return page(error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST, l, t(l, "कोड डालें", "Enter the code"),
				((error != null) ? "<p class=\"err\">" + esc(error) + "</p>" : "") + "<p>"
						+ t(l, "अगर यह नंबर पंजीकृत है, तो उस पर SMS से 6 अंकों का कोड भेजा गया है।",
								"If this number is registered, a 6-digit code was sent to it by SMS.")
						+ "</p>"
						+ form(request, "/alert/verify", l, "<label>" + t(l, "कोड", "Code")
								+ "<input name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" required maxlength=\"6\"></label>"
								+ button(t(l, "आगे", "Continue"))));
	}

	private ResponseEntity<String> alertForm(HttpServletRequest request, Language l, String error) {
		StringBuilder options = new StringBuilder();
		TYPES.forEach((word, names) -> options.append("<option value=\"")
			.append(word)
			.append("\">")
			.append(esc(names[(l == Language.HI) ? 0 : 1]))
			.append("</option>"));
		return page((error == null) ? HttpStatus.OK : HttpStatus.BAD_REQUEST, l, t(l, "अलर्ट", "Alert"),
				((error != null) ? "<p class=\"err\">" + esc(error) + "</p>" : "") + form(request, "/alert/send", l,
						"<label>" + t(l, "क्या हुआ", "What happened") + "<select name=\"type\">" + options
								+ "</select></label><label>" + t(l, "गाँव या ब्लॉक", "Village or block")
								+ "<input name=\"place\" required maxlength=\"100\"></label><label>"
								+ t(l, "और जानकारी (नाम न लिखें)", "Details (no names please)")
								+ "<textarea name=\"details\" rows=\"4\" maxlength=\"1500\"></textarea></label>"
								+ button(t(l, "अलर्ट भेजें", "Send alert"))));
	}

	private ResponseEntity<String> expired(HttpServletRequest request, Language l) {
		return page(HttpStatus.BAD_REQUEST, l, t(l, "फिर से शुरू करें", "Please start again"),
				"<p>" + t(l, "यह पेज पुराना हो गया।", "This page has expired.") + "</p><p><a href=\"/alert?lang="
						+ l.tag() + "\">" + t(l, "शुरू करें", "Start") + "</a></p>");
	}

	private String form(HttpServletRequest request, String action, Language l, String fields) {
		return "<form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" name=\"" + TOKEN + "\" value=\""
				+ token(request) + "\"><input type=\"hidden\" name=\"lang\" value=\"" + l.tag() + "\">"
				+ springSecurityCsrfField(request) + fields + "</form>";
	}

	private static String button(String label) {
		return "<button type=\"submit\">" + esc(label) + "</button>";
	}

	private ResponseEntity<String> page(HttpStatus status, Language l, String title, String body) {
		String other = (l == Language.HI) ? "<a href=\"/alert?lang=en\">English</a>"
				: "<a href=\"/alert?lang=hi\">हिन्दी</a>";
		String html = "<!DOCTYPE html><html lang=\"" + l.tag() + "\"><head><meta charset=\"UTF-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + esc(title)
				+ " - Gender Hub</title><style>body{font-family:sans-serif;max-width:30em;margin:0 auto;padding:.8em;"
				+ "font-size:1.1em}label{display:block;margin:.8em 0}input,select,textarea,button{display:block;"
				+ "width:100%;font-size:1em;padding:.4em;box-sizing:border-box}button{margin-top:1em;background:#6a1b9a;"
				+ "color:#fff;border:0;padding:.7em}.ref{font-size:2em;font-weight:bold;letter-spacing:.1em}"
				+ ".err{color:#b00020}nav{text-align:right}</style></head><body><nav>" + other + "</nav><h1>"
				+ esc(title) + "</h1>" + body + "</body></html>";
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.header("X-Frame-Options", "DENY")
			.body(html);
	}

	private String token(HttpServletRequest request) {
		HttpSession session = request.getSession();
		Object token = session.getAttribute(TOKEN);
		if (token == null) {
			byte[] bytes = new byte[24];
			this.random.nextBytes(bytes);
			token = HexFormat.of().formatHex(bytes);
			session.setAttribute(TOKEN, token);
		}
		return (String) token;
	}

	private static boolean validToken(HttpServletRequest request, String presented) {
		HttpSession session = request.getSession(false);
		if (session == null || presented == null || !(session.getAttribute(TOKEN) instanceof String expected)) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				presented.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Spring Security's CSRF token as a hidden field, when Security is on the classpath
	 * and put one on the request (read by reflection: intake does not depend on it).
	 */
	private static String springSecurityCsrfField(HttpServletRequest request) {
		Object csrf = request.getAttribute("_csrf");
		if (csrf == null) {
			return "";
		}
		try {
			Method name = csrf.getClass().getMethod("getParameterName");
			Method value = csrf.getClass().getMethod("getToken");
			return "<input type=\"hidden\" name=\"" + esc((String) name.invoke(csrf)) + "\" value=\""
					+ esc((String) value.invoke(csrf)) + "\">";
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			return "";
		}
	}

	private static Language language(HttpServletRequest request, String lang) {
		if ("en".equalsIgnoreCase(lang)) {
			return Language.EN;
		}
		if ("hi".equalsIgnoreCase(lang)) {
			return Language.HI;
		}
		String accept = request.getHeader("Accept-Language");
		return (accept != null && accept.toLowerCase().startsWith("en")) ? Language.EN : Language.HI;
	}

	private static String t(Language l, String hindi, String english) {
		return (l == Language.HI) ? hindi : english;
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
