package org.eksaath.genderhub.intake.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the intake module, bound from {@code genderhub.intake.*}. Secrets (API
 * keys, Twilio auth token, gateway signing key) come from the environment only.
 *
 * @param publicUrl the address Twilio posts to, used to check its signatures
 * @param apiKeys partner keys as {@code id=key;id2=key2} (from
 * {@code GENDERHUB_INTAKE_API_KEYS}); blank means the API accepts nothing
 * @param twilioAuthToken Twilio auth token; blank means the Twilio webhook refuses all
 * @param gatewaySigningKey signing key of the Android SMS gateway app; blank means the
 * gateway webhook refuses all
 * @param gatewayReplayWindow how far a gateway timestamp may be from now
 * @param duplicateWindow how long the same sender about the same place joins the open
 * case
 * @param maxBodySize largest request body accepted on intake paths, in bytes
 * @param rateLimit requests allowed per sender and per API key
 * @param code one-time codes for the web form
 * @param concurrentProcessing how many stored alerts this node turns into cases at once
 * (0: one per processor); the rest wait their turn, already stored. On the embedded
 * database more at once is slower: writers collide and redo their work.
 */
@Validated
@ConfigurationProperties("genderhub.intake")
public record IntakeProperties(@NotBlank String publicUrl, String apiKeys, String twilioAuthToken,
		String gatewaySigningKey, @NotNull Duration gatewayReplayWindow, @NotNull Duration duplicateWindow,
		@Min(256) int maxBodySize, @NotNull @Valid RateLimit rateLimit, @NotNull @Valid Code code,
		@Min(0) int concurrentProcessing) {

	public IntakeProperties {
		publicUrl = (publicUrl == null) ? null : publicUrl.replaceAll("/+$", "");
	}

	/** How many alerts are processed at once on this node. */
	public int processingPermits() {
		return (this.concurrentProcessing > 0) ? this.concurrentProcessing
				: Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param window the window requests are counted in
	 * @param perSender requests per phone number in a window
	 * @param perApiKey requests per API key in a window
	 */
	public record RateLimit(@NotNull Duration window, @Min(1) int perSender, @Min(1) int perApiKey) {
	}

	/**
	 * @param validFor how long a one-time code works
	 * @param maxAttempts wrong guesses before a code is spent
	 * @param perPhoneAndWindow codes sent to one phone per rate-limit window
	 */
	public record Code(@NotNull Duration validFor, @Min(1) int maxAttempts, @Min(1) int perPhoneAndWindow) {
	}

}
