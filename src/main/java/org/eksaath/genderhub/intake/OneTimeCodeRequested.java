package org.eksaath.genderhub.intake;

import java.time.Instant;

/**
 * A Saathi asked to sign in to the alert web form: the code must reach his registered
 * phone by SMS. Published in the transaction that stored the code's hash, so the message
 * is recorded with it and sent after commit. The code is a secret: never log it.
 *
 * @param saathiId the directory id of the Saathi
 * @param code the one-time code
 * @param expiresAt when it stops working
 */
public record OneTimeCodeRequested(long saathiId, String code, Instant expiresAt) {

	@Override
	public String toString() {
		return "OneTimeCodeRequested[saathiId=" + this.saathiId + ", expiresAt=" + this.expiresAt + "]";
	}

}
