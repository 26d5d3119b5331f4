package org.eksaath.genderhub.intake.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.notification.internal.TwilioSignatures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile requests to every intake endpoint, some correctly
 * signed: none gets a 5xx, and every one that was accepted as an alert is stored. Seeded,
 * so a failure can be replayed; bounded in count and time.
 */
// Its hundreds of alerts from the demo Saathis' phones must not become the earlier cases
// that
// IntakeIT's alerts (same context configuration) would join: a fresh context after it.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IntakeClient.PROPERTIES, "genderhub.intake.twilio-auth-token=" + IntakeClient.TWILIO_TOKEN,
				"genderhub.intake.gateway-signing-key=" + IntakeClient.GATEWAY_KEY,
				"genderhub.intake.api-keys=partner-a=" + IntakeClient.API_KEY,
				"genderhub.notification.dispatcher.enabled=false",
				// Also gives this test a context (and database) of its own, apart from
				// IntakeIT's.
				"genderhub.intake.duplicate-window=1m" })
class IntakeFuzzIT {

	static final int PER_ENDPOINT = 600;

	static final Duration TIME_LIMIT = Duration.ofMinutes(6);

	private static final String[] HOSTILE = { "'; drop table intake_alert; --", "<script>alert(1)</script>",
			"${jndi:ldap://x/a}", "\u0000\u0001\u0002", "%00%ff", "{{7*7}}", "\uD83D\uDE00\uD83D\uDE00", "\uFFFF",
			"मदद", "HELP", "HELP DV", "ACK", "ACK 234567", "NO ZZZZZZ", "हो गया", "MADAD शादी मलिहाबाद",
			"HELP DV Malihabad " + "x".repeat(3000), "\r\n\r\nHTTP/1.1 200 OK", "../../etc/passwd", "null", "[]",
			"{\"a\":", "\"", "\\", " ", "" };

	private static final String[] PHONES = { "+915000100001", "+915000100002", "+915000000031", "+915000999001",
			"whatsapp:+915000100003", "abc", "", "+", "+9150001000011111111", "<x>", "०५०००१००००१" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimiter limiter;

	private final Random random = new Random(20261124L);

	@Test
	void randomAndHostileBodiesNeverGetA5xxAndEveryAcceptedAlertIsStored() {
		IntakeClient client = new IntakeClient(this.port);
		Instant deadline = Instant.now().plus(TIME_LIMIT);
		List<String> storedIds = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int sent = 0;
		for (int i = 0; i < PER_ENDPOINT && Instant.now().isBefore(deadline); i++) {
			this.limiter.reset();
			// Twilio
			Map<String, String> params = new LinkedHashMap<>();
			String sid = "SMfuzz" + i;
			if (this.random.nextInt(10) > 0) {
				params.put("MessageSid", sid);
			}
			if (this.random.nextInt(10) > 0) {
				params.put("From", pick(PHONES));
			}
			params.put("Body", text());
			if (this.random.nextBoolean()) {
				params.put(text(), text());
			}
			boolean signed = this.random.nextInt(3) > 0;
			String signature = signed ? TwilioSignatures.sign(IntakeClient.TWILIO_TOKEN,
					IntakeClient.PUBLIC_URL + "/api/intake/twilio", params)
					: (this.random.nextBoolean() ? null : headerText());
			HttpResponse<String> twilio = client.twilio(params, signature);
			count(statuses, twilio);
			if (twilio.statusCode() == 200 && params.containsKey("MessageSid")) {
				storedIds.add(sid);
			}
			if (!signed) {
				assertThat(twilio.statusCode()).as("unsigned Twilio request").isIn(400, 403);
			}

			// SMS gateway
			String id = "fuzz-" + i;
			byte[] body = switch (this.random.nextInt(4)) {
				case 0 -> IntakeClient.gatewayEvent(id, pick(PHONES), text()).getBytes(StandardCharsets.UTF_8);
				case 1 -> text().getBytes(StandardCharsets.UTF_8);
				case 2 -> bytes();
				default -> ("{\"event\":\"" + text().replace("\"", "") + "\",\"id\":\"" + id + "\",\"payload\":"
						+ pick(new String[] { "null", "1", "[]", "{}", "{\"message\":1,\"phoneNumber\":[]}" }) + "}")
					.getBytes(StandardCharsets.UTF_8);
			};
			String timestamp = switch (this.random.nextInt(5)) {
				case 0 -> headerText();
				case 1 -> Long.toString(Instant.now().getEpochSecond() - 10_000);
				default -> Long.toString(Instant.now().getEpochSecond());
			};
			boolean gatewaySigned = this.random.nextInt(3) > 0;
			HttpResponse<String> gateway = client.gateway(body, timestamp, gatewaySigned
					? IntakeClient.gatewaySignature(IntakeClient.GATEWAY_KEY, body, timestamp) : headerText());
			count(statuses, gateway);
			if (gateway.statusCode() == 200 && gateway.body().contains("alertId")) {
				storedIds.add(id);
			}

			// Partner API
			String json = switch (this.random.nextInt(4)) {
				case 0 -> "{\"text\":\"" + escape(text()) + "\",\"externalId\":\"api-" + i + "\"}";
				case 1 -> "{\"text\":\"" + escape(text()) + "\",\"externalId\":\"api-" + i
						+ "\",\"place\":{\"stateCode\":\"" + escape(text()) + "\",\"districtCode\":\"UP-LKO\"},"
						+ "\"subType\":\"" + escape(text()) + "\",\"senderPhone\":\"" + escape(pick(PHONES)) + "\"}";
				case 2 -> text();
				default -> new String(bytes(), StandardCharsets.ISO_8859_1);
			};
			HttpResponse<String> api = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/intake/alerts"))
					.header("Content-Type",
							pick(new String[] { "application/json", "application/json", "text/plain",
									"application/x-www-form-urlencoded", "application/xml" }))
					.header("X-Api-Key", this.random.nextInt(4) > 0 ? IntakeClient.API_KEY : headerText())
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build());
			count(statuses, api);
			if ((api.statusCode() == 201 || api.statusCode() == 202) && json.contains("\"api-" + i + "\"")) {
				storedIds.add("api-" + i);
			}

			// Web form
			String path = pick(new String[] { "/alert/code", "/alert/verify", "/alert/send", "/alert/x" });
			HttpResponse<String> form = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(
								IntakeClient
									.form(Map.of("phone", pick(PHONES), "code", text(), "place", text(), "details",
											text(), "type", text(), "formToken", text()))
										+ "&" + text().replace(" ", "+")))
						.build());
			count(statuses, form);
			sent += 4;
		}
		assertThat(sent).as("requests sent within %s", TIME_LIMIT).isGreaterThanOrEqualTo(400);
		assertThat(statuses.keySet()).as("statuses seen: %s", statuses).allMatch((s) -> s < 500);
		for (String externalId : storedIds) {
			assertThat(this.jdbc.queryForObject("select count(*) from intake_alert where external_id = ?",
					Integer.class, externalId))
				.as("alert %s stored", externalId)
				.isEqualTo(1);
		}
		assertThat(storedIds).as("some fuzzed alerts were valid").hasSizeGreaterThan(50);
		System.out.printf("Fuzz: %d requests, statuses %s, %d accepted alerts all stored%n", sent, statuses,
				storedIds.size());
	}

	private void count(Map<Integer, Integer> statuses, HttpResponse<String> response) {
		statuses.merge(response.statusCode(), 1, Integer::sum);
		assertThat(response.statusCode()).as("status for %s: %s", response.uri(), response.body()).isLessThan(500);
	}

	private String text() {
		return switch (this.random.nextInt(4)) {
			case 0 -> pick(HOSTILE);
			case 1 -> pick(HOSTILE) + " " + pick(HOSTILE);
			case 2 -> {
				StringBuilder s = new StringBuilder();
				int n = this.random.nextInt(40);
				for (int i = 0; i < n; i++) {
					s.append((char) (this.random.nextBoolean() ? 0x20 + this.random.nextInt(95)
							: 0x900 + this.random.nextInt(128)));
				}
				yield s.toString();
			}
			default -> "HELP " + pick(new String[] { "DV", "SHAADI", "MAAR", "x" }) + " "
					+ pick(new String[] { "Malihabad", "Mohanlalganj", "मलिहाबाद", "Rampur", "" }) + " "
					+ pick(HOSTILE);
		};
	}

	/** Random text that an HTTP client can put in a header (visible ASCII, not empty). */
	private String headerText() {
		String visible = text().replaceAll("[^\\x21-\\x7e]", "");
		return visible.isEmpty() ? "x" : visible;
	}

	private byte[] bytes() {
		byte[] b = new byte[this.random.nextInt(200)];
		this.random.nextBytes(b);
		return b;
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append("\\u%04x".formatted((int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
