package org.eksaath.genderhub.notification.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.ReferralRequested;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dispatcher with the real Twilio SDK against a local server that answers as Twilio's
 * Messages API does.
 */
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.enabled=false",
		"genderhub.public-url=https://genderhub.test",
		"genderhub.notification.twilio.account-sid=" + TwilioStandIn.ACCOUNT_SID,
		"genderhub.notification.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
		"genderhub.notification.twilio.messaging-service-sid=" + TwilioStandIn.MESSAGING_SERVICE_SID,
		"genderhub.notification.twilio.whatsapp-from=+919999900999",
		"genderhub.notification.twilio.sms-per-second=1000", "genderhub.notification.twilio.whatsapp-per-second=1000",
		"genderhub.notification.dispatcher.initial-backoff=30s", "genderhub.notification.dispatcher.max-backoff=10m",
		"genderhub.notification.dispatcher.max-attempts=4", "genderhub.notification.fallback.undelivered-after=10m",
		"test.twilio.response-timeout-ms=2500" })
class TwilioDispatchTest {

	static final TwilioStandIn twilio = new TwilioStandIn();

	static final String CALLBACK_URL = "https://genderhub.test/api/notifications/twilio/status";

	@DynamicPropertySource
	static void twilioStandIn(DynamicPropertyRegistry registry) {
		registry.add("test.twilio.stand-in", () -> twilio.baseUri().toString());
	}

	@AfterAll
	static void stopStandIn() {
		twilio.stop();
	}

	@Autowired
	NotificationStatusChangeRepository history;

	@Autowired
	TestDirectory directory;

	@Autowired
	RecordingCaseAttention attention;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	OutboxFixture outbox;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.outbox.clear();
		this.attention.clear();
		this.directory.clear();
		twilio.reset();
		this.mvc = MockMvcBuilders.standaloneSetup(this.context
			.getBean(org.eksaath.genderhub.notification.internal.twilio.TwilioMessagingAdapter.class) != null
					? this.context.getBeansWithAnnotation(org.springframework.web.bind.annotation.RestController.class)
						.values()
						.toArray()
					: new Object[0])
			.build();
	}

	private CaseSnapshot referTo(ContactView... desk) {
		this.directory.provider(10, ProviderCategory.ONE_STOP_CENTRE, desk);
		CaseSnapshot c = OutboxFixture.snapshot(7);
		this.outbox.decide(new ReferralRequested(c, UUID.randomUUID(), 10, OutboxFixture.inHours(1)));
		return c;
	}

	private ContactView desk(long id, String phone, String whatsapp) {
		return this.directory.contact(id, ContactRole.PROVIDER_DESK, phone, whatsapp, null, Language.HI);
	}

	private Notification only() {
		assertThat(this.outbox.all()).hasSize(1);
		return this.outbox.all().get(0);
	}

	@Test
	void sendsAnSmsThroughTheMessagesApiAndKeepsTheMessageSid() throws Exception {
		CaseSnapshot c = referTo(desk(3, "+919999900003", null));

		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		List<Map<String, String>> sent = twilio.acceptedMessages();
		assertThat(sent).singleElement().satisfies((form) -> {
			assertThat(form).containsEntry("To", "+919999900003")
				.containsEntry("MessagingServiceSid", TwilioStandIn.MESSAGING_SERVICE_SID)
				.containsEntry("StatusCallback", CALLBACK_URL)
				.containsEntry("ShortenUrls", "false");
			assertThat(form.get("Body")).contains("रेफरल", "ACK " + c.reference(),
					"https://genderhub.test/cases/" + c.reference());
		});
		Notification n = only();
		assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
		assertThat(n.providerMessageId()).startsWith("SM").hasSize(34);
		assertThat(n.providerStatus()).isEqualTo("accepted");
		assertThat(this.history.findByNotificationIdOrderByIdAsc(n.id())).extracting(NotificationStatusChange::status)
			.containsExactly(NotificationStatus.SENDING, NotificationStatus.SENT);
	}

	@Test
	void retriesWithExponentialBackoffWhenTwilioSaysTooManyRequests() throws Exception {
		referTo(desk(3, "+919999900003", null));
		twilio.failNextWith429(2);

		this.dispatcher.dispatchDue();
		Notification afterFirst = only();
		assertThat(twilio.requests()).hasSize(1);
		assertThat(afterFirst.status()).isEqualTo(NotificationStatus.QUEUED);
		assertThat(afterFirst.lastError()).startsWith("20429");
		Duration firstWait = Duration.between(this.clock.instant(), afterFirst.nextAttemptAt());
		assertThat(firstWait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));

		assertThat(this.dispatcher.dispatchDue()).as("not due before the backoff").isZero();
		this.clock.advance(Duration.ofSeconds(31));
		this.dispatcher.dispatchDue();
		Notification afterSecond = only();
		assertThat(afterSecond.status()).isEqualTo(NotificationStatus.QUEUED);
		Duration secondWait = Duration.between(this.clock.instant(), afterSecond.nextAttemptAt());
		assertThat(secondWait).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));

		this.clock.advance(Duration.ofSeconds(61));
		this.dispatcher.dispatchDue();
		assertThat(only().status()).isEqualTo(NotificationStatus.SENT);
		assertThat(only().attempts()).isEqualTo(3);
		assertThat(twilio.requests()).hasSize(3);
		assertThat(twilio.acceptedMessages()).hasSize(1);
	}

	@Test
	void retriesAfterServerErrorsAndGivesUpVisiblyAfterTheLastAttempt() throws Exception {
		referTo(desk(3, "+919999900003", null));
		twilio.failNext(100, TwilioStandIn.error(500, 20500, "Internal Server Error"));

		for (int attempt = 1; attempt <= 4; attempt++) {
			this.dispatcher.dispatchDue();
			assertThat(only().attempts()).isEqualTo(attempt);
			this.clock.advance(Duration.ofMinutes(11));
		}
		assertThat(only().status()).isEqualTo(NotificationStatus.FAILED);
		assertThat(only().lastError()).startsWith("20500");
		assertThat(twilio.acceptedMessages()).isEmpty();

		this.dispatcher.handleFallbacks();
		assertThat(this.attention.problems()).singleElement()
			.satisfies((p) -> assertThat(p.text()).contains("REFERRAL", "provider:10"));
	}

	@Test
	void retriesWhenTwilioDoesNotAnswerInTime() throws Exception {
		referTo(desk(3, "+919999900003", null));
		twilio.timeOutNext(1, 4000);

		this.dispatcher.dispatchDue();
		assertThat(only().status()).isEqualTo(NotificationStatus.QUEUED);
		assertThat(only().lastError()).startsWith("TWILIO_CONNECTION");

		this.clock.advance(Duration.ofSeconds(31));
		this.dispatcher.dispatchDue();
		assertThat(only().status()).isEqualTo(NotificationStatus.SENT);
	}

	@Test
	void anInvalidNumberIsNotRetriedAndTheNextDeskContactIsTried() throws Exception {
		twilio.rejectAsInvalidNumber("+910000000001");
		referTo(desk(3, "+910000000001", null), desk(4, "+919999900004", null));

		this.dispatcher.dispatchDue();
		Notification first = only();
		assertThat(first.status()).isEqualTo(NotificationStatus.FAILED);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).startsWith("21211");

		this.dispatcher.handleFallbacks();
		this.dispatcher.dispatchDue();
		assertThat(this.outbox.all()).extracting(Notification::recipientId, Notification::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, NotificationStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple(4L, NotificationStatus.SENT));
		assertThat(twilio.requests()).hasSize(2);
		assertThat(this.attention.problems()).isEmpty();
	}

	@Test
	void whenEveryContactOfTheDeskFailsTheCoordinatorSeesItOnTheCase() throws Exception {
		twilio.rejectAsInvalidNumber("+910000000001");
		twilio.rejectAsInvalidNumber("+910000000002");
		CaseSnapshot c = referTo(desk(3, "+910000000001", null), desk(4, "+910000000002", null));

		for (int i = 0; i < 3; i++) {
			this.dispatcher.dispatchDue();
			this.dispatcher.handleFallbacks();
		}
		assertThat(this.outbox.all()).extracting(Notification::status)
			.containsOnly(NotificationStatus.FAILED)
			.hasSize(2);
		assertThat(this.attention.problems()).singleElement().satisfies((p) -> {
			assertThat(p.caseId()).isEqualTo(c.caseId());
			assertThat(p.text()).contains("Nobody could be reached");
		});
	}

	@Test
	void anSmsNotDeliveredInTimeGoesByWhatsAppThenToTheNextContact() throws Exception {
		referTo(desk(3, "+919999900003", "+919999900033"), desk(4, "+919999900004", null));
		this.dispatcher.dispatchDue();

		this.clock.advance(Duration.ofMinutes(11));
		this.dispatcher.handleFallbacks();
		this.dispatcher.dispatchDue();
		assertThat(twilio.acceptedMessages()).extracting((form) -> form.get("To"), (form) -> form.get("From"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("+919999900003", null),
					org.assertj.core.groups.Tuple.tuple("whatsapp:+919999900033", "whatsapp:+919999900999"));

		this.clock.advance(Duration.ofMinutes(11));
		this.dispatcher.handleFallbacks();
		this.dispatcher.dispatchDue();
		assertThat(twilio.acceptedMessages()).extracting((form) -> form.get("To")).last().isEqualTo("+919999900004");
		assertThat(this.outbox.all()).extracting(Notification::channel, Notification::recipientId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.SMS, 3L),
					org.assertj.core.groups.Tuple.tuple(Channel.WHATSAPP, 3L),
					org.assertj.core.groups.Tuple.tuple(Channel.SMS, 4L));
	}

	@Test
	void aSignedStatusCallbackRecordsDeliveryAndStopsTheFallback() throws Exception {
		referTo(desk(3, "+919999900003", "+919999900033"));
		this.dispatcher.dispatchDue();
		String sid = only().providerMessageId();

		this.mvc.perform(callback(sid, "sent", null, true)).andExpect(status().isNoContent());
		this.mvc.perform(callback(sid, "delivered", null, true)).andExpect(status().isNoContent());

		Notification n = only();
		assertThat(n.status()).isEqualTo(NotificationStatus.DELIVERED);
		assertThat(n.deliveredAt()).isNotNull();
		assertThat(this.history.findByNotificationIdOrderByIdAsc(n.id()))
			.extracting(NotificationStatusChange::status, NotificationStatusChange::providerStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationStatus.SENDING, null),
					org.assertj.core.groups.Tuple.tuple(NotificationStatus.SENT, "accepted"),
					org.assertj.core.groups.Tuple.tuple(NotificationStatus.SENT, "sent"),
					org.assertj.core.groups.Tuple.tuple(NotificationStatus.DELIVERED, "delivered"));

		this.clock.advance(Duration.ofMinutes(11));
		this.dispatcher.handleFallbacks();
		assertThat(this.outbox.all()).hasSize(1);
	}

	@Test
	void aDeliveryReportThatOvertakesTheRecordedSidIsAppliedWhenTheSidIsRecorded() throws Exception {
		String sid = "SM0123456789abcdef0123456789abcdef";
		twilio.acceptWithSid("+919999900003", sid);
		referTo(desk(3, "+919999900003", null));

		// Twilio can call back before the sender has committed the SID it was given.
		this.mvc.perform(callback(sid, "delivered", null, true)).andExpect(status().isNoContent());
		assertThat(only().status()).isEqualTo(NotificationStatus.QUEUED);

		this.dispatcher.dispatchDue();

		Notification n = only();
		assertThat(n.providerMessageId()).isEqualTo(sid);
		assertThat(n.status()).isEqualTo(NotificationStatus.DELIVERED);
		assertThat(this.history.findByNotificationIdOrderByIdAsc(n.id())).extracting(NotificationStatusChange::status)
			.containsExactly(NotificationStatus.SENDING, NotificationStatus.SENT, NotificationStatus.DELIVERED);
	}

	@Test
	void aForgedStatusCallbackIsRefusedAndChangesNothing() throws Exception {
		referTo(desk(3, "+919999900003", null));
		this.dispatcher.dispatchDue();
		String sid = only().providerMessageId();

		this.mvc.perform(callback(sid, "delivered", null, false)).andExpect(status().isForbidden());
		this.mvc.perform(callback(sid, "delivered", null, null)).andExpect(status().isForbidden());

		assertThat(only().status()).isEqualTo(NotificationStatus.SENT);
	}

	@Test
	void anUndeliveredReportSendsTheMessageOnByTheNextChannelAtOnce() throws Exception {
		referTo(desk(3, "+919999900003", "+919999900033"));
		this.dispatcher.dispatchDue();
		String sid = only().providerMessageId();

		this.mvc.perform(callback(sid, "undelivered", "30003", true)).andExpect(status().isNoContent());
		this.dispatcher.handleFallbacks();
		this.dispatcher.dispatchDue();

		assertThat(this.outbox.all()).extracting(Notification::channel, Notification::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.SMS, NotificationStatus.UNDELIVERED),
					org.assertj.core.groups.Tuple.tuple(Channel.WHATSAPP, NotificationStatus.SENT));
		assertThat(this.history.findByNotificationIdOrderByIdAsc(this.outbox.all().get(0).id())).last()
			.satisfies((change) -> assertThat(change.errorCode()).isEqualTo("30003"));
	}

	/**
	 * A status callback as Twilio posts it; {@code signed} true signs it with the auth
	 * token, false with another key, null leaves the signature out.
	 */
	private MockHttpServletRequestBuilder callback(String sid, String messageStatus, String errorCode, Boolean signed) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", TwilioStandIn.ACCOUNT_SID);
		params.put("MessageSid", sid);
		params.put("SmsSid", sid);
		params.put("MessageStatus", messageStatus);
		params.put("SmsStatus", messageStatus);
		params.put("To", "+919999900003");
		params.put("MessagingServiceSid", TwilioStandIn.MESSAGING_SERVICE_SID);
		params.put("ApiVersion", "2010-04-01");
		if (errorCode != null) {
			params.put("ErrorCode", errorCode);
		}
		MockHttpServletRequestBuilder request = post("/api/notifications/twilio/status")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		params.forEach((name, value) -> request.param(name, value));
		if (signed != null) {
			String token = signed ? TwilioStandIn.AUTH_TOKEN : "some-other-token";
			request.header("X-Twilio-Signature", TwilioSignatures.sign(token, CALLBACK_URL, params));
		}
		return request;
	}

}
