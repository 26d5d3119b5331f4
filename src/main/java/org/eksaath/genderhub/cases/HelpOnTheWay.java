package org.eksaath.genderhub.cases;

/**
 * Somebody who was asked to act took the case up: a provider acknowledged its referral,
 * police or district officials told of immediate danger answered ACK, or the officials of
 * an escalated case acted. Published each time; it is one decision per case, so the
 * Saathi who raised the alert hears it once.
 *
 * @param takenUpBy who took it up: {@code provider:<id>}, {@code contact:<id>} or a staff
 * member's name
 */
public record HelpOnTheWay(CaseSnapshot snapshot, String takenUpBy) implements CaseEvent {

	@Override
	public String decisionKey() {
		return this.snapshot.caseId() + "/help-on-the-way";
	}

}
