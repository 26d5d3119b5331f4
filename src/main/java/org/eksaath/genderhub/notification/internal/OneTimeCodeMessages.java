package org.eksaath.genderhub.notification.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.intake.OneTimeCodeRequested;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * Records the SMS with a Saathi's one-time code (web form sign-in) in the outbox, in the
 * transaction that stored the code, so the dispatcher sends it after commit like any
 * other message. It belongs to no case: the case id is the nil UUID, the reference
 * {@code OTP}, and the code travels in the place slot of the template's facts so that it
 * never appears where case references are logged. No fallback: a code that arrives late
 * has expired.
 */
@Component
class OneTimeCodeMessages {

	private static final Logger log = LoggerFactory.getLogger(OneTimeCodeMessages.class);

	static final UUID NO_CASE = new UUID(0, 0);

	private final DirectoryLookup directory;

	private final NotificationOutbox outbox;

	private final JdbcTemplate jdbc;

	OneTimeCodeMessages(DirectoryLookup directory, NotificationOutbox outbox, JdbcTemplate jdbc) {
		this.directory = directory;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(OneTimeCodeRequested request) {
		var saathi = this.directory.saathi(request.saathiId());
		if (saathi.isEmpty()) {
			log.warn("Saathi {} asked for a code but is not in the directory (or inactive)", request.saathiId());
			return;
		}
		var s = saathi.get();
		CaseSnapshot facts = new CaseSnapshot(NO_CASE, "OTP", null, null, null, false, Tier.COMMUNITY,
				new PlaceRef(s.stateCode(), s.districtCode(), s.blockCode(), request.code()), s.id());
		String decisionKey = "otp/" + UUID.randomUUID();
		this.outbox.queue(new Decision(decisionKey, TemplateKey.ONE_TIME_CODE, facts, request.expiresAt()),
				Recipient.of(s), NotificationPlanner.SAATHI_GROUP, Channel.SMS, null);
		this.jdbc.update("update notification set fallback_done = true where decision_key = ?", decisionKey);
	}

}
