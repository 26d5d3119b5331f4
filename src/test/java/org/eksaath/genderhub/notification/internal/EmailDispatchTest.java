package org.eksaath.genderhub.notification.internal;

import java.time.Duration;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.notification.internal.sandbox.SandboxMessages;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email through Spring Mail to a real SMTP server in the test (GreenMail); SMS and
 * WhatsApp in the sandbox, as when Twilio is not configured.
 */
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.enabled=false",
		"genderhub.public-url=https://genderhub.test", "genderhub.notification.email.from=hub@genderhub.test",
		"genderhub.notification.email.per-second=1000", "genderhub.notification.dispatcher.initial-backoff=30s",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000" })
class EmailDispatchTest {

	static final LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	TestDirectory directory;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	SandboxMessages sandbox;

	@Autowired
	MutableClock clock;

	@Autowired
	OutboxFixture outbox;

	@BeforeEach
	void setUp() {
		this.outbox.clear();
		this.directory.clear();
		smtp.purge();
		this.directory.responder(Tier.COMMUNITY, this.directory.contact(1, ContactRole.HUB_COORDINATOR, "+919999900001",
				null, "coordinator@example.org", Language.HI));
	}

	@Test
	void emailIsMultipartPlainTextAndHtmlInTheRecipientsLanguage() throws Exception {
		CaseSnapshot c = OutboxFixture.snapshot(99);
		this.outbox.decide(new CaseOpened(c, OutboxFixture.inHours(2)));

		this.dispatcher.dispatchDue();

		assertThat(smtp.received()).hasSize(1);
		MimeMessage mail = smtp.received().get(0);
		assertThat(mail.getSubject()).isEqualTo("नया केस " + c.reference() + " ट्रायेज के लिए");
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("coordinator@example.org");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("hub@genderhub.test");
		assertThat(mail.getHeader("Content-Language")).containsExactly("hi");
		String plain = part(mail, "text/plain");
		String html = part(mail, "text/html");
		assertThat(plain).contains("ट्रायेज", "ACK " + c.reference(), "https://genderhub.test/cases/" + c.reference());
		assertThat(html).contains("<a href=\"https://genderhub.test/cases/" + c.reference() + "\">", "ट्रायेज");

		assertThat(this.outbox.all()).extracting(Notification::channel, Notification::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Channel.SMS, NotificationStatus.DELIVERED),
					org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, NotificationStatus.SENT));
	}

	@Test
	void withoutTwilioTheSmsIsRecordedInTheSandboxForANewcomerToSee() throws Exception {
		CaseSnapshot c = OutboxFixture.snapshot(99);
		this.outbox.decide(new CaseOpened(c, OutboxFixture.inHours(2)));

		this.dispatcher.dispatchDue();

		assertThat(this.sandbox.latest(10)).singleElement().satisfies((m) -> {
			assertThat(m.channel()).isEqualTo(Channel.SMS);
			assertThat(m.to()).isEqualTo("+919999900001");
			assertThat(m.text()).contains("नया केस", "ACK " + c.reference());
		});
	}

	@Test
	void whileTheMailServerIsDownTheEmailWaitsAndGoesOutOnceWhenItIsBack() throws Exception {
		smtp.stop();
		try {
			this.outbox.decide(new CaseOpened(OutboxFixture.snapshot(99), OutboxFixture.inHours(2)));
			this.dispatcher.dispatchDue();
			Notification email = this.outbox.all()
				.stream()
				.filter((n) -> n.channel() == Channel.EMAIL)
				.findFirst()
				.orElseThrow();
			assertThat(email.status()).isEqualTo(NotificationStatus.QUEUED);
			assertThat(email.lastError()).startsWith("SMTP");
		}
		finally {
			smtp.start();
		}
		this.clock.advance(Duration.ofSeconds(31));
		this.dispatcher.dispatchDue();
		this.clock.advance(Duration.ofMinutes(5));
		this.dispatcher.dispatchDue();

		assertThat(smtp.received()).hasSize(1);
		assertThat(this.outbox.all()).extracting(Notification::status).doesNotContain(NotificationStatus.QUEUED);
	}

	private static String part(MimeMessage mail, String type) throws Exception {
		return find(mail.getContent(), type);
	}

	private static String find(Object content, String type) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				var part = multipart.getBodyPart(i);
				if (part.isMimeType(type)) {
					return (String) part.getContent();
				}
				String inner = find(part.getContent(), type);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

}
