package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseClosed;
import org.eksaath.genderhub.cases.CaseEscalated;
import org.eksaath.genderhub.cases.CaseHandedBack;
import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.CaseStatus;
import org.eksaath.genderhub.cases.CaseSteps;
import org.eksaath.genderhub.cases.EscalationReminderDue;
import org.eksaath.genderhub.cases.FollowUpDue;
import org.eksaath.genderhub.cases.ImmediateDangerRaised;
import org.eksaath.genderhub.cases.ReferralRequested;
import org.eksaath.genderhub.shared.Tier;

/** Records on a case what the response workflow decided, and publishes it. */
@Service
@Transactional
class CaseStepsRecorder implements CaseSteps {

	static final String FOLLOW_UP_DUE = "FOLLOW_UP_DUE";

	private static final Logger log = LoggerFactory.getLogger(CaseStepsRecorder.class);

	private final CaseJournal journal;

	private final ReferralRepository referrals;

	private final TimelineRepository timeline;

	CaseStepsRecorder(CaseJournal journal, ReferralRepository referrals, TimelineRepository timeline) {
		this.timeline = timeline;
		this.journal = journal;
		this.referrals = referrals;
	}

	@Override
	public void opened(UUID caseId, Instant triageBy) {
		CaseRecord kase = this.journal.lock(caseId);
		this.journal.record(kase, CaseJournal.SYSTEM, "TRIAGE_DUE", "Triage due by " + triageBy);
		this.journal.publish(new CaseOpened(kase.snapshot(), triageBy));
	}

	@Override
	public void triageClockRestarted(UUID caseId, Instant triageBy) {
		CaseRecord kase = this.journal.lock(caseId);
		this.journal.record(kase, CaseJournal.SYSTEM, "TRIAGE_DUE", "Triage due again by " + triageBy);
	}

	@Override
	public void immediateDanger(UUID caseId) {
		CaseRecord kase = this.journal.lock(caseId);
		if (kase.immediateDangerRaised()) {
			return;
		}
		kase.markImmediateDangerRaised();
		this.journal.record(kase, CaseJournal.SYSTEM, "IMMEDIATE_DANGER",
				"Immediate danger: police and district officials told at once");
		this.journal.publish(new ImmediateDangerRaised(kase.snapshot()));
		log.info("Case {} raised immediate danger", kase.reference());
	}

	@Override
	public void referralRequested(UUID caseId, long providerId, Instant acknowledgeBy) {
		CaseRecord kase = this.journal.lock(caseId);
		Referral referral = this.referrals.findByCaseIdAndProviderId(caseId, providerId)
			.orElseGet(() -> this.referrals.save(new Referral(caseId, providerId, Instant.now(), acknowledgeBy)));
		if (kase.status() == CaseStatus.TRIAGED) {
			kase.status(CaseStatus.REFERRED);
		}
		this.journal.record(kase, CaseJournal.SYSTEM, "REFERRAL_REQUESTED",
				"Referred to provider " + providerId + ", to acknowledge by " + referral.acknowledgeBy());
		this.journal
			.publish(new ReferralRequested(kase.snapshot(), referral.id(), providerId, referral.acknowledgeBy()));
	}

	@Override
	public void referralTimedOut(UUID caseId, long providerId) {
		CaseRecord kase = this.journal.lock(caseId);
		this.referrals.findByCaseIdAndProviderId(caseId, providerId)
			.filter((r) -> r.status() == ReferralStatus.REQUESTED)
			.ifPresent((r) -> r.answer(ReferralStatus.TIMED_OUT, Instant.now(), null));
		this.journal.record(kase, CaseJournal.SYSTEM, "REFERRAL_TIMED_OUT",
				"Provider " + providerId + " did not acknowledge in time");
	}

	@Override
	public Optional<Tier> escalate(EscalationRequest request) {
		CaseRecord kase = this.journal.lock(request.caseId());
		Tier from = request.from();
		if (from == null) {
			if (request.automatic() && kase.status() == CaseStatus.ESCALATED) {
				// Another step already took the case up and its officials are on the
				// clock:
				// climbing again now would skip a tier's chance to act.
				this.journal.record(kase, CaseJournal.SYSTEM, "ESCALATION_NOT_NEEDED",
						request.reason() + "; the case is already with the " + kase.tier() + " officials");
				return Optional.empty();
			}
			from = kase.tier();
		}
		else if (kase.tier() != from) {
			this.journal.record(kase, CaseJournal.SYSTEM, "ESCALATION_NOT_NEEDED",
					request.reason() + "; the case is no longer at " + from);
			return Optional.empty();
		}
		Optional<Tier> above = from.above();
		if (above.isEmpty()) {
			if (!request.automatic()) {
				return Optional.empty();
			}
			// Nothing above the state: the state officials get the case again and are
			// reminded.
			kase.status(CaseStatus.ESCALATED);
			int reminder = kase.nextReminder();
			this.journal.record(kase, request.actor(), "REMINDER", request.reason() + "; state officials reminded");
			this.journal.publish(new EscalationReminderDue(kase.snapshot(), Tier.STATE,
					Math.max(1, kase.escalationCount()), reminder, request.stateRespondBy()));
			return Optional.of(Tier.STATE);
		}
		Tier to = above.get();
		Instant respondBy = (to == Tier.DISTRICT) ? request.districtRespondBy() : request.stateRespondBy();
		kase.escalatedTo(to, Owners.forTier(to, kase));
		this.journal.record(kase, request.actor(), "ESCALATED",
				"Escalated from " + from + " to " + to + (request.automatic() ? " automatically" : " by hand") + ": "
						+ request.reason() + "; respond by " + respondBy);
		this.journal.publish(
				new CaseEscalated(kase.snapshot(), from, to, request.automatic(), respondBy, kase.escalationCount()));
		log.info("Case {} escalated from {} to {} (automatic={})", kase.reference(), from, to, request.automatic());
		return Optional.of(to);
	}

	@Override
	public void remind(UUID caseId, Instant respondBy) {
		CaseRecord kase = this.journal.lock(caseId);
		int reminder = kase.nextReminder();
		this.journal.record(kase, CaseJournal.SYSTEM, "REMINDER",
				"State officials have not acted; reminder " + reminder + ", respond by " + respondBy);
		this.journal.publish(new EscalationReminderDue(kase.snapshot(), kase.tier(),
				Math.max(1, kase.escalationCount()), reminder, respondBy));
	}

	@Override
	public void followUpDue(UUID caseId, Instant nextReminder) {
		CaseRecord kase = this.journal.lock(caseId);
		if (kase.status() == CaseStatus.RESOLVED || kase.status() == CaseStatus.CLOSED) {
			return;
		}
		int reminder = (int) this.timeline.countByCaseIdAndKind(caseId, FOLLOW_UP_DUE) + 1;
		this.journal.record(kase, CaseJournal.SYSTEM, FOLLOW_UP_DUE,
				"Not resolved yet: hub coordinators reminded to follow up (" + reminder + "); next reminder "
						+ nextReminder);
		this.journal.publish(new FollowUpDue(kase.snapshot(), reminder, nextReminder));
	}

	@Override
	public Optional<Tier> deEscalate(UUID caseId, Tier from, String reason, String actor, Instant districtRespondBy) {
		CaseRecord kase = this.journal.lock(caseId);
		Optional<Tier> below = from.below();
		if (kase.tier() != from || below.isEmpty()) {
			return Optional.empty();
		}
		Tier to = below.get();
		// Back with the district officials, the case is still escalated and on their
		// clock; back at the community tier it resumes where its own steps are.
		kase.handedBackTo(to, Owners.forTier(to, kase),
				(to == Tier.COMMUNITY) ? this.journal.resumedStatus(kase) : CaseStatus.ESCALATED);
		Instant respondBy = (to == Tier.DISTRICT) ? districtRespondBy : null;
		this.journal.record(kase, actor, "DE_ESCALATED", "Handed back from " + from + " to " + to + ": " + reason
				+ ((respondBy != null) ? "; respond by " + respondBy : ""));
		this.journal.publish(new CaseHandedBack(kase.snapshot(), from, to, respondBy, kase.escalationCount()));
		return Optional.of(to);
	}

	@Override
	public void closed(UUID caseId) {
		CaseRecord kase = this.journal.lock(caseId);
		if (kase.status() == CaseStatus.CLOSED) {
			return;
		}
		kase.closed(Instant.now());
		this.journal.record(kase, CaseJournal.SYSTEM, "CLOSED", "Case closed");
		this.journal.publish(new CaseClosed(kase.snapshot()));
	}

}
