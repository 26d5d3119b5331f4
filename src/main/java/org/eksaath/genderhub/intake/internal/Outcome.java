package org.eksaath.genderhub.intake.internal;

import java.util.UUID;

import org.eksaath.genderhub.shared.Language;

/**
 * What became of a message, for the channel to answer with.
 *
 * @param alertId the stored alert
 * @param status its status
 * @param caseReference the case it opened or joined, or null
 * @param reply what to tell the sender, in his language
 * @param language the sender's language
 * @param caseOpened whether this message opened a new case (whose receipt the
 * notification module sends to a registered Saathi)
 * @param replay whether the message had been received before (same channel id)
 */
public record Outcome(UUID alertId, AlertStatus status, String caseReference, String reply, Language language,
		boolean caseOpened, boolean replay) {

	Outcome asReplay() {
		return new Outcome(this.alertId, this.status, this.caseReference, this.reply, this.language, false, true);
	}

}
