package org.eksaath.genderhub.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook of the "SMS Gateway for Android" app (capcom6/android-sms-gateway) running
 * on the hub's own phone, which forwards every SMS it receives: event
 * {@code sms:received} with {@code payload.phoneNumber}, {@code payload.message} and
 * {@code payload.receivedAt}, signed with HMAC-SHA256 over the raw body followed by the
 * {@code X-Timestamp} value (Unix seconds), hex in {@code X-Signature}. A timestamp
 * outside the replay window is refused; a replay inside it (same event id) is answered
 * but not processed again. Other events ({@code system:ping}...) are acknowledged and
 * ignored.
 */
@RestController
@Tag(name = "Intake", description = "Alerts from partner systems")
class SmsGatewayController {

	static final String PATH = "/api/intake/sms-gateway";

	private final IntakeService intake;

	private final IntakeProperties properties;

	private final RateLimiter limiter;

	private final PhoneNumberCheck phones;

	private final ObjectMapper json;

	private final Clock clock;

	SmsGatewayController(IntakeService intake, IntakeProperties properties, RateLimiter limiter,
			PhoneNumberCheck phones, ObjectMapper json, ObjectProvider<Clock> clock) {
		this.intake = intake;
		this.properties = properties;
		this.limiter = limiter;
		this.phones = phones;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Operation(summary = "Inbound SMS forwarded by the hub's Android SMS gateway (SMS Gateway for Android webhook)")
	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> received(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Signature", required = false) String signature,
			@RequestHeader(name = "X-Timestamp", required = false) String timestamp) {
		String key = this.properties.gatewaySigningKey();
		if (key == null || key.isBlank()) {
			throw new IntakeRejection(HttpStatus.FORBIDDEN, "the SMS gateway webhook is not configured");
		}
		if (signature == null || timestamp == null) {
			throw new IntakeRejection(HttpStatus.FORBIDDEN, "X-Signature and X-Timestamp are required");
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			throw new IntakeRejection(HttpStatus.FORBIDDEN, "X-Timestamp is not Unix seconds");
		}
		long skew = Math.abs(this.clock.millis() / 1000 - seconds);
		if (skew > this.properties.gatewayReplayWindow().toSeconds()) {
			throw new IntakeRejection(HttpStatus.FORBIDDEN, "X-Timestamp is outside the replay window");
		}
		byte[] raw = (body != null) ? body : new byte[0];
		if (!MessageDigest.isEqual(sign(key, raw, timestamp.strip()),
				signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			throw new IntakeRejection(HttpStatus.FORBIDDEN, "X-Signature is wrong");
		}
		JsonNode event;
		try {
			event = this.json.readTree(raw);
		}
		catch (java.io.IOException ex) {
			throw new IntakeRejection(HttpStatus.BAD_REQUEST, "the body is not JSON");
		}
		if (event == null || !event.isObject()) {
			throw new IntakeRejection(HttpStatus.BAD_REQUEST, "the body is not a JSON object");
		}
		String type = event.path("event").asText("");
		if (!"sms:received".equals(type)) {
			return ResponseEntity.ok(Map.of("ignored", type));
		}
		JsonNode payload = event.path("payload");
		String from = payload.path("phoneNumber").asText("");
		if (!payload.path("message").isTextual() || from.isBlank()) {
			throw new IntakeRejection(HttpStatus.BAD_REQUEST, "payload.phoneNumber and payload.message are required");
		}
		String phone = this.phones.normalise(from).orElse(truncate(from.strip(), 32));
		if (!this.limiter.tryAcquire("phone:" + phone, this.properties.rateLimit().perSender())) {
			throw new IntakeRejection(HttpStatus.TOO_MANY_REQUESTS,
					"too many messages from this sender; try again after " + this.properties.rateLimit().window());
		}
		String id = event.path("id").asText("");
		Outcome outcome = this.intake.accept(Incoming.text(AlertChannel.SMS_GATEWAY, phone,
				id.isBlank() ? null : truncate(id, 100), payload.path("message").asText()));
		return ResponseEntity.ok(receipt(outcome.alertId(), outcome));
	}

	private static Map<String, Object> receipt(UUID alertId, Outcome outcome) {
		Map<String, Object> receipt = new java.util.LinkedHashMap<>();
		receipt.put("alertId", alertId);
		receipt.put("status", outcome.status().name());
		if (outcome.caseReference() != null) {
			receipt.put("caseReference", outcome.caseReference());
		}
		receipt.put("replay", outcome.replay());
		return receipt;
	}

	/** Lower-case hex of HMAC-SHA256(key, body + timestamp), as ASCII bytes. */
	static byte[] sign(String key, byte[] body, String timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(body);
			mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
