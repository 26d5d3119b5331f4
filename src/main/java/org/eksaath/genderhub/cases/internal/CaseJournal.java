package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.eksaath.genderhub.cases.CaseEvent;
import org.eksaath.genderhub.cases.CaseStatus;

/**
 * Loads cases for a decision, writes their timeline and publishes their events, all in
 * the caller's transaction.
 */
@Component
class CaseJournal {

	static final String SYSTEM = "system";

	private final CaseRecordRepository cases;

	private final TimelineRepository timeline;

	private final ReferralRepository referrals;

	private final ApplicationEventPublisher events;

	CaseJournal(CaseRecordRepository cases, TimelineRepository timeline, ReferralRepository referrals,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.timeline = timeline;
		this.referrals = referrals;
		this.events = events;
	}

	/** The case, locked for this transaction; unknown cases are an error. */
	CaseRecord lock(UUID caseId) {
		return this.cases.findForUpdate(caseId).orElseThrow(() -> new CaseNotFound(caseId.toString()));
	}

	void record(CaseRecord kase, String actor, String kind, String detail) {
		this.timeline.save(new TimelineEntry(kase.id(), Instant.now(), actor, kase.tier(), kind, detail));
	}

	void publish(CaseEvent event) {
		this.events.publishEvent(event);
	}

	/** The status a case goes back to when officials have acted or handed it back. */
	CaseStatus resumedStatus(CaseRecord kase) {
		List<Referral> all = this.referrals.findByCaseIdOrderByRequestedAt(kase.id());
		if (all.stream()
			.anyMatch((r) -> r.status() == ReferralStatus.ACKNOWLEDGED || r.status() == ReferralStatus.ACTED)) {
			return CaseStatus.IN_PROGRESS;
		}
		if (!all.isEmpty()) {
			return CaseStatus.REFERRED;
		}
		return kase.triaged() ? CaseStatus.TRIAGED : CaseStatus.NEW;
	}

}
