package org.eksaath.genderhub.cases;

/**
 * A provider took up a referral of the case: help is on the way. Published for every
 * acknowledgement; the Saathi who raised the alert hears it once per case.
 *
 * @param providerId the provider that took it up
 */
public record ReferralAcknowledged(CaseSnapshot snapshot, long providerId) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/referral/" + this.providerId + "/acknowledged";
	}

	/** One decision per case: the first provider to take it up is news for the Saathi. */
	public String helpOnTheWayKey() {
		return this.snapshot.caseId() + "/help-on-the-way";
	}

}
