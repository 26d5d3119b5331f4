package org.eksaath.genderhub.notification.internal;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification module, bound from {@code genderhub.notification.*}.
 * Secrets (Twilio auth token, SMTP password) come from the environment only.
 *
 * @param publicUrl the address people reach this service at
 * ({@code genderhub.public-url})
 * @param dispatcher how the outbox is worked off
 * @param fallback when an undelivered message goes to the next channel or contact
 * @param twilio SMS and WhatsApp through Twilio; unset account SID means sandbox
 * @param email email through Spring Mail (configured with {@code spring.mail.*}); unset
 * host means sandbox
 * @param dltTemplateIds India DLT template id per template (optional)
 */
@Validated
@ConfigurationProperties("genderhub.notification")
public record NotificationSettings(@NotBlank String publicUrl, @NotNull @Valid Dispatcher dispatcher,
		@NotNull @Valid Fallback fallback, @NotNull @Valid Twilio twilio, @NotNull @Valid Email email,
		Map<TemplateKey, String> dltTemplateIds) {

	public NotificationSettings {
		dltTemplateIds = (dltTemplateIds == null) ? Map.of() : Map.copyOf(dltTemplateIds);
		publicUrl = (publicUrl == null) ? null : publicUrl.replaceAll("/+$", "");
	}

	/**
	 * @param enabled whether this node sends (a node may only record)
	 * @param nodeId name of this node in claims; blank means host name plus a random
	 * suffix
	 * @param pollInterval how often the outbox is looked at when nobody wakes the
	 * dispatcher
	 * @param batchSize how many due notifications one node claims at a time
	 * @param workers how many notifications one node sends at once
	 * @param lease how long a claim holds; longer than the slowest send
	 * @param maxAttempts attempts before a retryable failure counts as failed
	 * @param initialBackoff wait after the first failure; doubles each time
	 * @param maxBackoff longest wait between attempts
	 */
	public record Dispatcher(boolean enabled, String nodeId, @NotNull Duration pollInterval, @Positive int batchSize,
			@Positive int workers, @NotNull Duration lease, @Min(1) int maxAttempts, @NotNull Duration initialBackoff,
			@NotNull Duration maxBackoff) {
	}

	/**
	 * @param undeliveredAfter an SMS or WhatsApp message not delivered by then goes by
	 * the next channel, then to the next contact of the desk
	 */
	public record Fallback(@NotNull Duration undeliveredAfter) {
	}

	/**
	 * @param accountSid Twilio account SID ({@code TWILIO_ACCOUNT_SID}); blank means
	 * sandbox
	 * @param authToken Twilio auth token ({@code TWILIO_AUTH_TOKEN}), also checks
	 * callbacks
	 * @param messagingServiceSid Messaging Service SID; used instead of the From number
	 * when set
	 * @param fromNumber From number (E.164) or alphanumeric sender id (DLT header)
	 * @param whatsappFrom WhatsApp sender number (E.164), or blank for no WhatsApp
	 * @param dltEntityId India DLT principal entity id of the sender
	 * @param statusCallback whether to ask Twilio for delivery status callbacks
	 * @param responseTimeout time-out for Twilio's answer
	 * @param smsPerSecond rate limit of the SMS sender (1 for a long code, 10 for a
	 * Messaging Service...)
	 * @param whatsappPerSecond rate limit of the WhatsApp sender
	 */
	public record Twilio(String accountSid, String authToken, String messagingServiceSid, String fromNumber,
			String whatsappFrom, String dltEntityId, boolean statusCallback, @NotNull Duration responseTimeout,
			@Positive double smsPerSecond, @Positive double whatsappPerSecond) {

		public boolean configured() {
			return notBlank(this.accountSid) && notBlank(this.authToken)
					&& (notBlank(this.messagingServiceSid) || notBlank(this.fromNumber));
		}

		public boolean whatsappConfigured() {
			return configured() && notBlank(this.whatsappFrom);
		}

		/** Names the SMS sender in logs and rate limits. */
		public String smsSender() {
			return notBlank(this.messagingServiceSid) ? this.messagingServiceSid : this.fromNumber;
		}

	}

	/**
	 * @param from From address of emails
	 * @param perSecond rate limit of the mail server
	 */
	public record Email(@NotBlank String from, @Positive double perSecond) {
	}

	static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

}
