package org.eksaath.genderhub.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.intake.IntakeReplyRequested;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * Records intake's SMS answer to a message that came through the hub's SMS gateway (which
 * cannot answer by itself) in the outbox, in the transaction that recorded the alert's
 * outcome, so the dispatcher sends it after commit with its retries and rate limits. One
 * message per alert: the decision key is the alert's id. It goes to the number the
 * message came from, whoever that is; the directory only names the recipient in the
 * outbox (a contact, a Saathi, or an unknown sender). It belongs to no case (nil case id,
 * reference {@code REPLY}). No fallback to another channel or person: the answer is about
 * one message from one phone, and an unknown sender has no other address.
 */
@Component
class IntakeReplyMessages {

	static final String GROUP = "sender";

	static final String REFERENCE = "REPLY";

	private final DirectoryLookup directory;

	private final NotificationOutbox outbox;

	private final JdbcTemplate jdbc;

	IntakeReplyMessages(DirectoryLookup directory, NotificationOutbox outbox, JdbcTemplate jdbc) {
		this.directory = directory;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(IntakeReplyRequested reply) {
		Recipient recipient = recipient(reply);
		CaseSnapshot facts = new CaseSnapshot(OneTimeCodeMessages.NO_CASE, REFERENCE, null, null, null, false,
				Tier.COMMUNITY, new PlaceRef(null, null, null, null), null);
		String decisionKey = "intake-reply/" + reply.alertId();
		if (this.outbox.queue(new Decision(decisionKey, TemplateKey.INTAKE_REPLY, facts, null, reply.text()), recipient,
				GROUP, Channel.SMS, null)) {
			this.jdbc.update("update notification set fallback_done = true where decision_key = ?", decisionKey);
		}
	}

	/** Always the phone the message came from, in the language intake chose. */
	private Recipient recipient(IntakeReplyRequested reply) {
		RecipientKind kind = RecipientKind.SENDER;
		long id = 0;
		var contact = this.directory.contactByPhone(reply.phone());
		if (contact.isPresent()) {
			kind = RecipientKind.CONTACT;
			id = contact.get().id();
		}
		else {
			var saathi = this.directory.saathiByPhone(reply.phone());
			if (saathi.isPresent()) {
				kind = RecipientKind.SAATHI;
				id = saathi.get().id();
			}
		}
		return new Recipient(kind, id, reply.language(), reply.phone(), null, null);
	}

}
