package org.eksaath.genderhub.notification.internal;

import java.net.URI;

import com.twilio.http.HttpClient;
import org.apache.hc.core5.util.Timeout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;

/**
 * The notification module on its own, over JPA and Flyway (a {@code @DataJpaTest} slice):
 * a test directory, a recording case attention, a clock tests can move, and — when
 * {@code test.twilio.stand-in} is set — the Twilio SDK routed to the local stand-in.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.eksaath.genderhub.notification",
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = TestConfiguration.class))
@EnableConfigurationProperties(NotificationSettings.class)
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
public class NotificationTestConfiguration {

	@Bean
	@Primary
	TestDirectory testDirectory() {
		return new TestDirectory();
	}

	@Bean
	@Primary
	RecordingCaseAttention recordingCaseAttention() {
		return new RecordingCaseAttention();
	}

	@Bean
	OutboxFixture outboxFixture(ApplicationEventPublisher events, PlatformTransactionManager txManager,
			JdbcTemplate jdbc, NotificationRepository notifications) {
		return new OutboxFixture(events, txManager, jdbc, notifications);
	}

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

	@Bean
	@ConditionalOnProperty("test.twilio.stand-in")
	HttpClient localTwilioHttpClient(@Value("${test.twilio.stand-in}") URI standIn,
			@Value("${test.twilio.response-timeout-ms:1000}") long timeoutMillis) {
		return new LocalTwilioHttpClient(standIn, Timeout.ofMilliseconds(timeoutMillis));
	}

}
