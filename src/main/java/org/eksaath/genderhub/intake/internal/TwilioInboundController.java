package org.eksaath.genderhub.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.eksaath.genderhub.intake.internal.twilio.TwilioWebhooks;

/**
 * Twilio's inbound webhook for SMS and WhatsApp ({@code From: whatsapp:+91...}),
 * form-encoded as Twilio sends it, answered with TwiML. A forged signature gets 403.
 * <p>
 * When a registered Saathi's message opens a new case, the answer is empty TwiML: the
 * notification module sends his receipt (with the triage deadline) for the
 * {@code CaseOpened} event, so he does not get the case number twice. Every other outcome
 * (duplicate, not understood, unknown sender, a reply code) is answered in the TwiML.
 */
@RestController
@Hidden
class TwilioInboundController {

	static final String PATH = "/api/intake/twilio";

	private final IntakeService intake;

	private final TwilioWebhooks twilio;

	private final IntakeProperties properties;

	private final RateLimiter limiter;

	private final PhoneNumberCheck phones;

	TwilioInboundController(IntakeService intake, IntakeProperties properties, RateLimiter limiter,
			PhoneNumberCheck phones) {
		this.intake = intake;
		this.twilio = new TwilioWebhooks(properties.twilioAuthToken());
		this.properties = properties;
		this.limiter = limiter;
		this.phones = phones;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> inbound(HttpServletRequest request,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, (values.length > 0) ? values[0] : ""));
		String url = this.properties.publicUrl() + PATH
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		if (!this.twilio.valid(url, parameters, signature)) {
			throw new IntakeRejection(HttpStatus.FORBIDDEN, "X-Twilio-Signature is missing or wrong");
		}
		String from = parameters.get("From");
		if (from == null || from.isBlank()) {
			throw new IntakeRejection(HttpStatus.BAD_REQUEST, "From is missing");
		}
		AlertChannel channel = from.regionMatches(true, 0, "whatsapp:", 0, 9) ? AlertChannel.WHATSAPP
				: AlertChannel.SMS;
		String phone = this.phones.normalise(from).orElse(truncate(from.strip(), 32));
		if (!this.limiter.tryAcquire("phone:" + phone, this.properties.rateLimit().perSender())) {
			throw new IntakeRejection(HttpStatus.TOO_MANY_REQUESTS,
					"too many messages from this sender; try again after " + this.properties.rateLimit().window());
		}
		String body = parameters.getOrDefault("Body", "");
		String sid = parameters.get("MessageSid");
		Outcome outcome = this.intake.accept(Incoming.text(channel, phone,
				(sid == null || sid.isBlank()) ? null : truncate(sid.strip(), 100), body));
		// A replayed message (same MessageSid) was answered the first time.
		String reply = (outcome.caseOpened() || outcome.replay()) ? null : outcome.reply();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(TwilioWebhooks.reply(reply));
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
