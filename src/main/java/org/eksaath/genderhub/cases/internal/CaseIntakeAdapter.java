package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseActionNotAllowed;
import org.eksaath.genderhub.cases.CaseIntake;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.CaseStatus;
import org.eksaath.genderhub.cases.HelpOnTheWay;
import org.eksaath.genderhub.cases.internal.CaseCommands.Noted;
import org.eksaath.genderhub.cases.internal.CaseCommands.OpenCase;
import org.eksaath.genderhub.cases.internal.CaseCommands.Place;
import org.eksaath.genderhub.cases.internal.CaseCommands.Reasoned;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * The intake module's way into cases: delegates to {@link CaseApplicationService} so that
 * an alert opens a case exactly as the case API does.
 */
@Component
@Transactional
class CaseIntakeAdapter implements CaseIntake {

	private final CaseApplicationService service;

	private final CaseRecordRepository cases;

	private final CaseAlertLinkRepository alerts;

	private final ReferralRepository referrals;

	private final CaseJournal journal;

	private final DirectoryLookup directory;

	CaseIntakeAdapter(CaseApplicationService service, CaseRecordRepository cases, CaseAlertLinkRepository alerts,
			ReferralRepository referrals, CaseJournal journal, DirectoryLookup directory) {
		this.service = service;
		this.cases = cases;
		this.alerts = alerts;
		this.referrals = referrals;
		this.journal = journal;
		this.directory = directory;
	}

	@Override
	public CaseSnapshot openFromAlert(AlertToOpen alert) {
		return TrustedCaller.call(() -> open(alert));
	}

	private CaseSnapshot open(AlertToOpen alert) {
		PlaceRef p = alert.place();
		if (!this.directory.isKnownPlace(p.stateCode(), p.districtCode(), p.blockCode())) {
			throw new IllegalArgumentException("unknown place " + p.districtCode() + "/" + p.blockCode());
		}
		return this.service
			.openCase(new OpenCase(alert.alertId(), alert.sourceRef(),
					new Place(p.stateCode(), p.districtCode(), p.blockCode(), p.village()), alert.incidentType(),
					alert.subType(), null, null, alert.saathiId(), null))
			.snapshot();
	}

	@Override
	public void joinAlert(UUID caseId, String alertId, String sourceRef) {
		CaseRecord kase = this.journal.lock(caseId);
		if (this.alerts.findFirstByAlertId(alertId).isPresent()) {
			return;
		}
		this.alerts.save(new CaseAlertLink(caseId, alertId, sourceRef, Instant.now()));
		this.journal.record(kase, "intake", "ALERT_JOINED", "Another alert about the same place: " + alertId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseSnapshot> byReference(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		String key = reference.trim().toUpperCase();
		if (!CaseReferences.looksLikeReference(key)) {
			return Optional.empty();
		}
		return this.cases.findByReference(key).map(CaseRecord::snapshot);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isOpen(UUID caseId) {
		return this.cases.findById(caseId)
			.map((c) -> c.status() != CaseStatus.RESOLVED && c.status() != CaseStatus.CLOSED)
			.orElse(false);
	}

	@Override
	public ReplyOutcome reply(UUID caseId, long contactId, ReplyAction action, String reason) {
		// The sender was authenticated by intake (a known contact's phone); the case
		// service must not ask for a staff sign-in.
		return TrustedCaller.call(() -> answer(caseId, contactId, action, reason));
	}

	private ReplyOutcome answer(UUID caseId, long contactId, ReplyAction action, String reason) {
		CaseRecord kase = this.cases.findById(caseId).orElseThrow(() -> new CaseNotFound(caseId.toString()));
		String ref = kase.reference();
		List<Referral> referrals = this.referrals.findByCaseIdOrderByRequestedAt(caseId)
			.stream()
			.filter((r) -> isDeskContact(r.providerId(), contactId))
			.toList();
		Tier respondingAt = respondingTier(kase, contactId);
		// Police desks and district officials told of immediate danger were asked
		// to reply ACK, then DONE, without a referral or an escalation of their own.
		boolean toldOfDangerOnly = referrals.isEmpty() && respondingAt == null && kase.immediateDangerRaised()
				&& toldOfImmediateDanger(kase, contactId);
		if (referrals.isEmpty() && respondingAt == null && !toldOfDangerOnly) {
			throw new CaseActionNotAllowed("the sender is not a contact of case " + ref);
		}
		String actor = "contact:" + contactId;
		boolean officialAtCurrentTier = respondingAt != null && respondingAt == kase.tier()
				&& kase.status() == CaseStatus.ESCALATED;
		return switch (action) {
			case ACKNOWLEDGE -> {
				Optional<Referral> open = first(referrals, ReferralStatus.REQUESTED, ReferralStatus.TIMED_OUT);
				if (open.isPresent()) {
					this.service.answerReferral(ref, open.get().id(), ReferralStatus.ACKNOWLEDGED,
							new Noted(actor, "by SMS"));
					yield ReplyOutcome.REFERRAL_ACKNOWLEDGED;
				}
				if (officialAtCurrentTier) {
					this.service.officialsActed(ref, new Noted(actor, "acknowledged by SMS"));
					yield ReplyOutcome.OFFICIALS_ACTED;
				}
				CaseRecord locked = this.journal.lock(caseId);
				this.journal.record(locked, actor, "ACKNOWLEDGED_BY_SMS", "Acknowledged by SMS");
				if (toldOfDangerOnly) {
					this.journal.publish(new HelpOnTheWay(locked.snapshot(), actor));
				}
				yield ReplyOutcome.NOTED;
			}
			case DECLINE -> {
				Referral open = first(referrals, ReferralStatus.REQUESTED).orElseThrow(
						() -> new CaseActionNotAllowed("no referral of case " + ref + " waits for your answer"));
				this.service.answerReferral(ref, open.id(), ReferralStatus.DECLINED,
						new Noted(actor, truncate((reason == null || reason.isBlank()) ? "declined by SMS" : reason)));
				yield ReplyOutcome.REFERRAL_DECLINED;
			}
			case DONE -> {
				Optional<Referral> requested = first(referrals, ReferralStatus.REQUESTED, ReferralStatus.TIMED_OUT);
				if (requested.isPresent()) {
					this.service.answerReferral(ref, requested.get().id(), ReferralStatus.ACKNOWLEDGED,
							new Noted(actor, "by SMS"));
				}
				Optional<Referral> acknowledged = requested.isPresent() ? requested
						: first(referrals, ReferralStatus.ACKNOWLEDGED);
				if (acknowledged.isPresent()) {
					this.service.answerReferral(ref, acknowledged.get().id(), ReferralStatus.ACTED,
							new Noted(actor, "done, by SMS"));
					yield ReplyOutcome.REFERRAL_DONE;
				}
				if (officialAtCurrentTier) {
					this.service.officialsActed(ref, new Noted(actor, "done, by SMS"));
					yield ReplyOutcome.OFFICIALS_ACTED;
				}
				if (toldOfDangerOnly) {
					this.journal.record(this.journal.lock(caseId), actor, "DONE_BY_SMS",
							"Acted on the immediate danger, by SMS");
					yield ReplyOutcome.NOTED;
				}
				throw new CaseActionNotAllowed("nothing of case " + ref + " waits for DONE from you");
			}
			case ESCALATE -> {
				if (toldOfDangerOnly) {
					throw new CaseActionNotAllowed("only the case's own responders escalate case " + ref);
				}
				this.service.escalate(ref, new Reasoned(
						truncate((reason == null || reason.isBlank()) ? "asked by SMS" : "by SMS: " + reason), actor));
				yield ReplyOutcome.ESCALATED;
			}
		};
	}

	private boolean isDeskContact(long providerId, long contactId) {
		return this.directory.providerContacts(providerId).stream().anyMatch((c) -> c.id() == contactId);
	}

	/**
	 * Whether the contact was told of the case's immediate danger: a desk contact of a
	 * police station serving the place, or a district official there (as notification
	 * tells them).
	 */
	private boolean toldOfImmediateDanger(CaseRecord kase, long contactId) {
		PlaceRef p = kase.place();
		boolean policeDesk = this.directory
			.providersServing(p.districtCode(), p.blockCode(), EnumSet.of(ProviderCategory.POLICE))
			.stream()
			.anyMatch((police) -> isDeskContact(police.id(), contactId));
		return policeDesk || this.directory.responders(Tier.DISTRICT, p.stateCode(), p.districtCode(), p.blockCode())
			.stream()
			.anyMatch((c) -> c.id() == contactId);
	}

	/** The highest tier up to the case's own at which the contact responds, or null. */
	private Tier respondingTier(CaseRecord kase, long contactId) {
		PlaceRef p = kase.place();
		Tier found = null;
		for (Tier tier = Tier.COMMUNITY; tier != null; tier = tier.above().orElse(null)) {
			List<ContactView> responders = this.directory.responders(tier, p.stateCode(), p.districtCode(),
					p.blockCode());
			if (responders.stream().anyMatch((c) -> c.id() == contactId)) {
				found = tier;
			}
			if (tier == kase.tier()) {
				break;
			}
		}
		return found;
	}

	private static Optional<Referral> first(List<Referral> referrals, ReferralStatus... statuses) {
		return referrals.stream().filter((r) -> List.of(statuses).contains(r.status())).findFirst();
	}

	private static String truncate(String text) {
		return (text.length() <= 400) ? text : text.substring(0, 400);
	}

}
