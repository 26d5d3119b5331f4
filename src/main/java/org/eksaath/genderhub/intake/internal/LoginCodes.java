package org.eksaath.genderhub.intake.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.intake.OneTimeCodeRequested;

/**
 * Sign-in for the web form without a password: a six-digit code sent by SMS to the
 * Saathi's registered phone, stored as a salted hash, valid briefly, for a few attempts,
 * once.
 */
@Component
class LoginCodes {

	private final SecureRandom random = new SecureRandom();

	private final LoginCodeRepository codes;

	private final DirectoryLookup directory;

	private final ApplicationEventPublisher events;

	private final IntakeProperties properties;

	private final Clock clock;

	LoginCodes(LoginCodeRepository codes, DirectoryLookup directory, ApplicationEventPublisher events,
			IntakeProperties properties, ObjectProvider<Clock> clock) {
		this.codes = codes;
		this.directory = directory;
		this.events = events;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Sends a code when the phone is a registered Saathi's; says nothing otherwise. */
	@Transactional
	void send(String phone) {
		Optional<SaathiView> saathi = this.directory.saathiByPhone(phone);
		if (saathi.isEmpty()) {
			return;
		}
		String code = "%06d".formatted(this.random.nextInt(1_000_000));
		var now = this.clock.instant();
		var expires = now.plus(this.properties.code().validFor());
		this.codes.save(new LoginCode(saathi.get().id(), hash(saathi.get().id(), code), now, expires));
		this.events.publishEvent(new OneTimeCodeRequested(saathi.get().id(), code, expires));
	}

	/**
	 * The Saathi, when the code is his latest, unused, unexpired and not guessed at too
	 * often.
	 */
	@Transactional
	Optional<SaathiView> verify(String phone, String code) {
		Optional<SaathiView> saathi = this.directory.saathiByPhone(phone);
		if (saathi.isEmpty() || code == null) {
			return Optional.empty();
		}
		Optional<LoginCode> latest = this.codes.findFirstBySaathiIdOrderByCreatedAtDesc(saathi.get().id());
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		LoginCode login = latest.get();
		if (login.used() || login.expiresAt().isBefore(this.clock.instant())
				|| login.attempts() >= this.properties.code().maxAttempts()) {
			return Optional.empty();
		}
		login.attempt();
		boolean matches = MessageDigest.isEqual(login.codeHash().getBytes(),
				hash(saathi.get().id(), code.strip()).getBytes());
		if (!matches) {
			return Optional.empty();
		}
		login.use();
		return saathi;
	}

	private static String hash(long saathiId, String code) {
		return HexFormat.of().formatHex(ApiKeys.sha256(saathiId + ":" + code));
	}

}
