package org.eksaath.genderhub.notification.internal;

import java.net.URI;
import java.time.Duration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A local HTTP server that answers as Twilio's Messages API does: POST
 * /2010-04-01/Accounts/{sid}/Messages.json with a form body, 201 and Twilio's JSON for a
 * message, or Twilio's error JSON (429, 500, 400 with code 21211...).
 */
public class TwilioStandIn {

	public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";

	public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";

	public static final String MESSAGING_SERVICE_SID = "MG00000000000000000000000000000001";

	public static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	private final WireMockServer server;

	public TwilioStandIn(com.github.tomakehurst.wiremock.extension.Extension... extensions) {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.containerThreads(20)
			.jettyAcceptors(2)
			.extensions(extensions));
		this.server.start();
		acceptAll();
		warmUp();
	}

	/**
	 * The first answer of a fresh server (Jetty, the template engine) can take a second
	 * on a busy machine; pay that here, not in a test's time-out.
	 */
	private void warmUp() {
		try {
			java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
				.version(java.net.http.HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			for (int i = 0; i < 3; i++) {
				client.send(java.net.http.HttpRequest.newBuilder(baseUri().resolve(MESSAGES_PATH))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.timeout(Duration.ofSeconds(30))
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString("To=%2B910000000000&Body=warm-up"))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Twilio stand-in does not answer", ex);
		}
		this.server.resetRequests();
	}

	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.port());
	}

	public WireMockServer server() {
		return this.server;
	}

	public void stop() {
		this.server.stop();
	}

	/** Back to accepting every message; forgets the requests seen so far. */
	public void reset() {
		this.server.resetAll();
		acceptAll();
	}

	private void acceptAll() {
		this.server.stubFor(messages().atPriority(10).willReturn(accepted()));
	}

	static MappingBuilder messages() {
		return post(urlPathEqualTo(MESSAGES_PATH));
	}

	static ResponseDefinitionBuilder accepted() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withTransformers("response-template")
			.withBody("""
					{"account_sid": "%s", "api_version": "2010-04-01",
					 "body": "", "date_created": "Mon, 23 Nov 2026 23:40:00 +0000", "date_sent": null,
					 "date_updated": "Mon, 23 Nov 2026 23:40:00 +0000", "direction": "outbound-api",
					 "error_code": null, "error_message": null, "from": null,
					 "messaging_service_sid": "%s", "num_media": "0", "num_segments": "1", "price": null,
					 "price_unit": "USD", "sid": "SM{{randomValue length=32 type='HEXADECIMAL'}}",
					 "status": "accepted", "subresource_uris": {}, "to": "+919999900000",
					 "uri": "/2010-04-01/Accounts/%s/Messages/SM.json"}""".formatted(ACCOUNT_SID, MESSAGING_SERVICE_SID,
					ACCOUNT_SID));
	}

	static ResponseDefinitionBuilder error(int status, int code, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
				.formatted(code, message, code, status));
	}

	/** Messages to this number are accepted with this message SID. */
	public void acceptWithSid(String to, String sid) {
		this.server.stubFor(messages().atPriority(1)
			.withRequestBody(containing("To=" + urlEncode(to)))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"account_sid": "%s", "api_version": "2010-04-01", "body": "", "direction": "outbound-api",
						 "error_code": null, "error_message": null, "from": null, "messaging_service_sid": "%s",
						 "num_media": "0", "num_segments": "1", "sid": "%s", "status": "accepted", "to": "%s"}"""
					.formatted(ACCOUNT_SID, MESSAGING_SERVICE_SID, sid, to))));
	}

	/**
	 * Messages to this number are rejected as Twilio rejects an invalid number (21211).
	 */
	public void rejectAsInvalidNumber(String to) {
		this.server.stubFor(messages().atPriority(1)
			.withRequestBody(containing("To=" + urlEncode(to)))
			.willReturn(error(400, 21211, "The 'To' number " + to + " is not a valid phone number.")));
	}

	/**
	 * The next {@code times} requests get this answer, then messages are accepted again.
	 */
	public void failNext(int times, ResponseDefinitionBuilder answer) {
		String scenario = "fail-" + System.nanoTime();
		String state = Scenario.STARTED;
		for (int i = 0; i < times; i++) {
			String next = "after-" + i;
			this.server.stubFor(messages().atPriority(2)
				.inScenario(scenario)
				.whenScenarioStateIs(state)
				.willReturn(answer)
				.willSetStateTo(next));
			state = next;
		}
	}

	public void failNextWith429(int times) {
		failNext(times, error(429, 20429, "Too Many Requests"));
	}

	public void failNextWith500(int times) {
		failNext(times, error(500, 20500, "Internal Server Error"));
	}

	/** The next requests are answered only after the client gave up. */
	public void timeOutNext(int times, int delayMillis) {
		failNext(times, accepted().withFixedDelay(delayMillis));
	}

	public void dropConnectionNext(int times) {
		failNext(times, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	/** Every request that reached the Messages API, in order. */
	public List<LoggedRequest> requests() {
		return this.server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
	}

	/** The form fields of every request that Twilio accepted (answered 201). */
	public List<Map<String, String>> acceptedMessages() {
		return this.server.getAllServeEvents()
			.stream()
			.filter((e) -> e.getRequest().getUrl().startsWith(MESSAGES_PATH))
			.filter((e) -> e.getResponse().getStatus() == 201)
			.sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
			.map((e) -> form(e.getRequest().getBodyAsString()))
			.toList();
	}

	public static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return fields;
	}

	private static String urlEncode(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
