package org.eksaath.genderhub.intake.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.eksaath.genderhub.intake.IntakeReplyRequested;
import org.eksaath.genderhub.shared.Language;

/**
 * Asks notification to answer by SMS a sender whose channel cannot answer by itself (the
 * Android SMS gateway), in the transaction that records the alert's outcome: the reply is
 * recorded with the outcome or not at all, and sent after commit. Only to a number that
 * is a real phone number (the gateway also forwards messages from operators' alphanumeric
 * senders, which cannot be answered), and once per alert.
 */
@Component
class IntakeReplies {

	private final ApplicationEventPublisher events;

	private final PhoneNumberCheck phones;

	IntakeReplies(ApplicationEventPublisher events, PhoneNumberCheck phones) {
		this.events = events;
		this.phones = phones;
	}

	/** Must be called inside the transaction that marks the alert's outcome. */
	void request(Alert alert, Language language, String text) {
		if (!alert.channel().repliesBySms() || text == null || text.isBlank()) {
			return;
		}
		String phone = alert.senderPhone();
		if (phone == null || !this.phones.normalise(phone).map(phone::equals).orElse(false)) {
			return;
		}
		this.events.publishEvent(new IntakeReplyRequested(alert.id(), phone, language, text));
	}

}
