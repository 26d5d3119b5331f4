package org.eksaath.genderhub.notification.internal.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

import org.eksaath.genderhub.notification.internal.ChannelConditions;
import org.eksaath.genderhub.notification.internal.NotificationSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * SMS and WhatsApp through Twilio, when its account, token and a sender are configured
 * (from the environment: {@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN},
 * {@code TWILIO_MESSAGING_SERVICE_SID} or {@code TWILIO_FROM_NUMBER}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ChannelConditions.Twilio.class)
class TwilioConfiguration {

	/**
	 * The SDK's REST client. An application (or a test) may supply its own
	 * {@link HttpClient} bean, e.g. to go through a proxy; otherwise the SDK's own client
	 * with the configured time-outs.
	 */
	@Bean
	TwilioRestClient twilioRestClient(NotificationSettings settings, ObjectProvider<HttpClient> httpClient) {
		NotificationSettings.Twilio twilio = settings.twilio();
		// The dispatcher retries with backoff, so the Apache client must not retry on its
		// own
		// (it would resend on 429 and 503). The SDK sets its own request config on every
		// request (connect time-out 30.5 s); the time-out for Twilio's answer is the
		// socket
		// time-out.
		HttpClient client = httpClient.getIfAvailable(() -> new NetworkHttpClient(HttpClientBuilder.create()
			.useSystemProperties()
			.disableAutomaticRetries()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultSocketConfig(SocketConfig.custom()
					.setSoTimeout(Timeout.ofMilliseconds(twilio.responseTimeout().toMillis()))
					.setSoKeepAlive(true)
					.build())
				.setMaxConnPerRoute(10)
				.setMaxConnTotal(10)
				.build())));
		return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken()).httpClient(client).build();
	}

	@Bean
	TwilioMessagingAdapter twilioMessagingAdapter(TwilioRestClient client, NotificationSettings settings) {
		return new TwilioMessagingAdapter(client, settings);
	}

}
