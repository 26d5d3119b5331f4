package org.eksaath.genderhub.cases;

import java.time.Instant;
import java.util.UUID;

/** A case was referred to one provider, who must acknowledge it by a deadline. */
public record ReferralRequested(CaseSnapshot snapshot, UUID referralId, long providerId,
		Instant acknowledgeBy) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/referral/" + this.referralId;
	}

}
