package org.eksaath.genderhub.intake;

import java.util.UUID;

import org.eksaath.genderhub.shared.Language;

/**
 * A message came in on a channel that cannot answer by itself (the hub's Android SMS
 * gateway): the sender must get intake's short reply by SMS — the case his alert joined,
 * that it was received, that a provider's reply code was or was not recorded. Published
 * in the transaction that recorded the alert's outcome, so the message is recorded with
 * it and sent after commit; once per alert, never for a replayed one. The text is
 * intake's own wording and never repeats what the sender wrote. The phone and the text
 * are not logged.
 *
 * @param alertId the alert being answered (one reply per alert)
 * @param phone the E.164 number the message came from
 * @param language the sender's language
 * @param text what to tell him
 */
public record IntakeReplyRequested(UUID alertId, String phone, Language language, String text) {

	@Override
	public String toString() {
		return "IntakeReplyRequested[alertId=" + this.alertId + ", language=" + this.language + "]";
	}

}
