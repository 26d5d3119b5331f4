package org.eksaath.genderhub.intake.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eksaath.genderhub.notification.internal.TwilioSignatures;

/**
 * Talks to the intake endpoints over real HTTP as each sender does: Twilio (form-encoded,
 * signed as Twilio documents it), the SMS Gateway for Android app (JSON, HMAC-SHA256 over
 * body + timestamp), partner systems (JSON with X-Api-Key).
 */
final class IntakeClient {

	static final String PUBLIC_URL = "https://genderhub.test";

	static final String TWILIO_TOKEN = "twilio-test-auth-token";

	static final String GATEWAY_KEY = "gateway-test-signing-key";

	static final String API_KEY = "partner-a-key-0123456789";

	static final String PROPERTIES = "genderhub.intake.public-url=" + PUBLIC_URL;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	IntakeClient(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> twilio(String from, String body) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", "SM" + java.util.UUID.randomUUID().toString().replace("-", ""));
		params.put("AccountSid", "AC00000000000000000000000000000000");
		params.put("From", from);
		params.put("To", from.startsWith("whatsapp:") ? "whatsapp:+14155238886" : "+15005550006");
		params.put("Body", body);
		params.put("NumMedia", "0");
		return twilio(params, TwilioSignatures.sign(TWILIO_TOKEN, PUBLIC_URL + "/api/intake/twilio", params));
	}

	HttpResponse<String> twilio(Map<String, String> params, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/api/intake/twilio"))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(form(params)));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		return send(request.build());
	}

	static String form(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static String gatewayEvent(String id, String phone, String message) {
		return """
				{"deviceId":"ffffffffceb0b1db0000018e937c815b","event":"sms:received","id":"%s",\
				"payload":{"messageId":"abc123","message":"%s","phoneNumber":"%s","simNumber":1,\
				"receivedAt":"2026-11-23T15:46:11.000+05:30"},"webhookId":"wh-1"}""".formatted(id,
				message.replace("\\", "\\\\").replace("\"", "\\\""), phone);
	}

	HttpResponse<String> gateway(String json) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return gateway(json.getBytes(StandardCharsets.UTF_8), timestamp,
				gatewaySignature(GATEWAY_KEY, json.getBytes(StandardCharsets.UTF_8), timestamp));
	}

	HttpResponse<String> gateway(byte[] body, String timestamp, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/api/intake/sms-gateway"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (timestamp != null) {
			request.header("X-Timestamp", timestamp);
		}
		if (signature != null) {
			request.header("X-Signature", signature);
		}
		return send(request.build());
	}

	/**
	 * As the app's documentation describes it: hex HMAC-SHA256 of body then timestamp.
	 */
	static String gatewaySignature(String key, byte[] body, String timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(body);
			return HexFormat.of().formatHex(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> api(String apiKey, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/api/intake/alerts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (apiKey != null) {
			request.header("X-Api-Key", apiKey);
		}
		return send(request.build());
	}

	/**
	 * A staff request, signed in as the bootstrap administrator of the embedded default.
	 */
	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", ADMIN).GET().build());
	}

	/** A staff POST of JSON, signed in as the bootstrap administrator. */
	HttpResponse<String> staffPost(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** A staff POST without a body, signed in as the bootstrap administrator. */
	HttpResponse<String> post(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", ADMIN)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/** A staff request, signed in as one of the embedded default's demo users. */
	HttpResponse<String> getAs(String demoUser, String path) {
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((demoUser + ":" + org.eksaath.genderhub.support.SignIn.DEMO_PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", basic).GET().build());
	}

	/**
	 * Triages a case as the administrator, referring it to one provider (whose desk gets
	 * the referral and may answer ACK by SMS).
	 */
	HttpResponse<String> triage(String reference, long providerId) {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/api/cases/" + reference + "/triage"))
			.header("Content-Type", "application/json")
			.header("Authorization", ADMIN)
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"incidentType":"PHYSICAL_ASSAULT","riskLevel":"HIGH","child":false,"consentForReferral":"GIVEN",
					 "consentForWomensGroups":"REFUSED","providerIds":[%d],"actor":"coordinator-1"}"""
				.formatted(providerId)))
			.build());
	}

	static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
		.encodeToString(
				(org.eksaath.genderhub.support.SignIn.ADMIN + ":" + org.eksaath.genderhub.support.SignIn.ADMIN_PASSWORD)
					.getBytes(StandardCharsets.UTF_8));

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
