package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseActionNotAllowed;
import org.eksaath.genderhub.cases.CaseAttention;
import org.eksaath.genderhub.cases.CaseStatus;
import org.eksaath.genderhub.cases.CaseWorkflow;
import org.eksaath.genderhub.cases.Consent;
import org.eksaath.genderhub.cases.HelpOnTheWay;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.cases.internal.CaseCommands.Noted;
import org.eksaath.genderhub.cases.internal.CaseCommands.OpenCase;
import org.eksaath.genderhub.cases.internal.CaseCommands.Reasoned;
import org.eksaath.genderhub.cases.internal.CaseCommands.Triage;
import org.eksaath.genderhub.cases.internal.CaseViews.AlertView;
import org.eksaath.genderhub.cases.internal.CaseViews.CaseExport;
import org.eksaath.genderhub.cases.internal.CaseViews.SurvivorView;
import org.eksaath.genderhub.cases.internal.CaseViews.CaseView;
import org.eksaath.genderhub.cases.internal.CaseViews.ProblemView;
import org.eksaath.genderhub.cases.internal.CaseViews.ProviderSuggestion;
import org.eksaath.genderhub.cases.internal.CaseViews.ReferralView;
import org.eksaath.genderhub.cases.internal.CaseViews.SuggestedProvider;
import org.eksaath.genderhub.cases.internal.CaseViews.TimelineView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.HubView;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.ProviderView;
import org.eksaath.genderhub.security.AuditTrail;
import org.eksaath.genderhub.security.CaseAccess;
import org.eksaath.genderhub.security.CaseAction;
import org.eksaath.genderhub.security.CaseScope;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;
import org.eksaath.genderhub.shared.TimeOrderedIds;

/**
 * The use cases of the case API. Each runs in one transaction with the workflow steps it
 * triggers, so a case and its process never disagree.
 */
@Service
@Transactional
class CaseApplicationService {

	private static final Logger log = LoggerFactory.getLogger(CaseApplicationService.class);

	static final String UNASSIGNED_COORDINATORS = "hub-coordinators-unassigned";

	private static final String API = "api";

	private final CaseRecordRepository cases;

	private final CaseAlertLinkRepository alerts;

	private final SurvivorDetailsRepository survivors;

	private final ReferralRepository referrals;

	private final TimelineRepository timeline;

	private final CaseProblemRepository problems;

	private final CaseReferences references;

	private final CaseJournal journal;

	private final CaseAttention attention;

	private final CaseWorkflow workflow;

	private final DirectoryLookup directory;

	private final CaseAccess access;

	private final AuditTrail audit;

	CaseApplicationService(CaseRecordRepository cases, CaseAlertLinkRepository alerts,
			SurvivorDetailsRepository survivors, ReferralRepository referrals, TimelineRepository timeline,
			CaseProblemRepository problems, CaseReferences references, CaseJournal journal, CaseAttention attention,
			CaseWorkflow workflow, DirectoryLookup directory, CaseAccess access, AuditTrail audit) {
		this.cases = cases;
		this.alerts = alerts;
		this.survivors = survivors;
		this.referrals = referrals;
		this.timeline = timeline;
		this.problems = problems;
		this.references = references;
		this.journal = journal;
		this.attention = attention;
		this.workflow = workflow;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
	}

	/** Opens a case from an alert; the same alert opens one case only. */
	CaseView open(OpenCase command) {
		return view(openCase(command).id());
	}

	/**
	 * Opens a case and returns it without building the whole view (whose deadlines query
	 * the engine): what intake needs on its hot path.
	 */
	CaseRecord openCase(OpenCase command) {
		if (command.alertId() != null) {
			var existing = this.alerts.findFirstByAlertId(command.alertId());
			if (existing.isPresent()) {
				return this.cases.findById(existing.get().caseId())
					.orElseThrow(() -> new CaseNotFound(existing.get().caseId().toString()));
			}
		}
		var place = command.place();
		if (!this.directory.isKnownPlace(place.stateCode(), place.districtCode(), place.blockCode())) {
			throw new InvalidCaseInput("place", "unknown place " + place.stateCode() + "/" + place.districtCode()
					+ ((place.blockCode() != null) ? "/" + place.blockCode() : ""));
		}
		if (command.subType() != null && command.incidentType() != null
				&& command.subType().coreType() != command.incidentType()) {
			throw new InvalidCaseInput("subType", command.subType() + " belongs under " + command.subType().coreType()
					+ ", not " + command.incidentType());
		}
		var hub = this.directory.hubFor(Tier.COMMUNITY, place.stateCode(), place.districtCode(), place.blockCode());
		String group = hub.map(HubView::code).map(Owners::coordinators).orElse(UNASSIGNED_COORDINATORS);
		IncidentType type = (command.incidentType() != null) ? command.incidentType()
				: (command.subType() != null) ? command.subType().coreType() : null;
		RiskLevel risk = (command.riskLevel() != null) ? command.riskLevel() : RiskLevel.HIGH;
		Instant now = Instant.now();
		CaseRecord kase = new CaseRecord(TimeOrderedIds.next(), this.references.next(),
				new PlaceRef(place.stateCode(), place.districtCode(), place.blockCode(), place.village()), type,
				command.subType(), risk, Boolean.TRUE.equals(command.child()), command.saathiId(), group, now);
		this.cases.saveAndFlush(kase);
		this.alerts.save(new CaseAlertLink(kase.id(), command.alertId(), command.sourceRef(), now));
		if (command.survivor() != null) {
			var s = command.survivor();
			this.survivors
				.save(new SurvivorDetails(kase.id(), s.displayName(), s.phone(), s.age(), s.address(), s.notes()));
		}
		String actor = this.access.currentUser()
			.orElse((command.saathiId() != null) ? "saathi:" + command.saathiId() : "intake");
		this.audit.record(kase.id(), "OPEN", "ALLOWED");
		this.journal.record(kase, actor, "OPENED", "Case opened from alert "
				+ ((command.alertId() != null) ? command.alertId() : "(no id)") + " with risk " + risk);
		if (hub.isEmpty()) {
			this.attention.raise(kase.id(), "No community hub covers " + place.districtCode()
					+ ((place.blockCode() != null) ? "/" + place.blockCode() : "") + ": nobody owns triage");
		}
		this.workflow.start(kase.snapshot(), group);
		log.info("Opened case {} ({}) in {}", kase.reference(), kase.id(), place.districtCode());
		return kase;
	}

	CaseView triage(String idOrReference, Triage command) {
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.TRIAGE).id());
		if (command.subType() != null && command.subType().coreType() != command.incidentType()) {
			throw new InvalidCaseInput("subType", command.subType() + " belongs under " + command.subType().coreType()
					+ ", not " + command.incidentType());
		}
		// An escalated case can still be triaged while its triage step waits (escalated
		// by hand).
		if (kase.triaged() || (kase.status() != CaseStatus.NEW && kase.status() != CaseStatus.ESCALATED)) {
			throw new CaseActionNotAllowed(
					"case " + kase.reference() + " is " + kase.status() + ", not waiting for triage");
		}
		List<Long> providerIds = (command.providerIds() != null) ? List.copyOf(command.providerIds())
				: suggest(kase, command.incidentType(), command.riskLevel(), command.child()).providers()
					.stream()
					.map(SuggestedProvider::id)
					.toList();
		providerIds = providerIds.stream().distinct().toList();
		// Referral needs consent, except where immediate danger or the law (a child)
		// requires action.
		boolean mayReferWithoutConsent = command.riskLevel() == RiskLevel.IMMEDIATE_DANGER || command.child();
		boolean referWithoutConsent = !providerIds.isEmpty() && command.consentForReferral() != Consent.GIVEN;
		if (referWithoutConsent && !mayReferWithoutConsent) {
			throw new CaseActionNotAllowed("Referral refused: the survivor's consent for referral is "
					+ command.consentForReferral() + ". Record her consent first; a referral without it is allowed "
					+ "only for a child or a survivor in immediate danger.");
		}
		for (Long providerId : providerIds) {
			if (this.directory.provider(providerId).isEmpty()) {
				throw new InvalidCaseInput("providerIds", "unknown or inactive provider " + providerId);
			}
		}
		String actor = actor(command.actor());
		kase.classify(command.incidentType(), command.subType(), command.riskLevel(), command.child(),
				command.consentForReferral(), command.consentForWomensGroups(), actor, Instant.now());
		this.journal.record(kase, actor, "TRIAGED",
				"Triaged as " + command.incidentType() + ((command.subType() != null) ? "/" + command.subType() : "")
						+ ", risk " + command.riskLevel() + ", referring to " + providerIds.size() + " provider(s)"
						+ ((command.note() != null) ? ": " + command.note() : ""));
		if (referWithoutConsent) {
			this.journal.record(kase, actor, "CONSENT_EXCEPTION",
					"Referred without consent (" + command.consentForReferral() + ") because "
							+ (command.child() ? "the survivor is a child" : "she is in immediate danger"));
		}
		this.workflow.triaged(kase.id(), command.riskLevel(), providerIds);
		return view(kase.id());
	}

	ProviderSuggestion suggestions(String idOrReference, IncidentType type, RiskLevel risk, Boolean child) {
		CaseRecord kase = find(idOrReference, CaseAction.READ);
		IncidentType t = (type != null) ? type : kase.incidentType();
		if (t == null) {
			throw new InvalidCaseInput("incidentType", "is needed before providers can be suggested");
		}
		return suggest(kase, t, (risk != null) ? risk : kase.riskLevel(), (child != null) ? child : kase.child());
	}

	private ProviderSuggestion suggest(CaseRecord kase, IncidentType type, RiskLevel risk, boolean child) {
		Set<ProviderCategory> categories = this.workflow.suggestedCategories(type, risk, child);
		if (categories.isEmpty()) {
			return new ProviderSuggestion(List.of(), List.of());
		}
		PlaceRef place = kase.place();
		// One provider per category: the most specific for the place comes first.
		Map<ProviderCategory, ProviderView> chosen = new LinkedHashMap<>();
		for (ProviderView provider : this.directory.providersServing(place.districtCode(), place.blockCode(),
				EnumSet.copyOf(categories))) {
			chosen.putIfAbsent(provider.category(), provider);
		}
		return new ProviderSuggestion(new ArrayList<>(categories),
				chosen.values()
					.stream()
					.map((p) -> new SuggestedProvider(p.id(), p.code(), p.name(), p.category()))
					.toList());
	}

	CaseView answerReferral(String idOrReference, UUID referralId, ReferralStatus answer, Noted command) {
		Long providerId = this.referrals.findById(referralId).map(Referral::providerId).orElse(null);
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.ANSWER_REFERRAL, providerId).id());
		Referral referral = this.referrals.findById(referralId)
			.filter((r) -> r.caseId().equals(kase.id()))
			.orElseThrow(() -> new CaseNotFound("referral " + referralId + " of case " + kase.reference()));
		if (kase.status() == CaseStatus.CLOSED) {
			throw new CaseActionNotAllowed("case " + kase.reference() + " is closed");
		}
		ReferralStatus was = referral.status();
		boolean allowed = switch (answer) {
			// A late acknowledgement is still worth recording after the referral timed
			// out.
			case ACKNOWLEDGED -> was == ReferralStatus.REQUESTED || was == ReferralStatus.TIMED_OUT;
			case DECLINED -> was == ReferralStatus.REQUESTED;
			case ACTED -> was == ReferralStatus.ACKNOWLEDGED;
			default -> false;
		};
		if (!allowed) {
			throw new CaseActionNotAllowed("referral " + referralId + " is " + was + "; cannot record " + answer);
		}
		String actor = actor(command.actor());
		referral.answer(answer, Instant.now(), command.note());
		if (answer == ReferralStatus.ACKNOWLEDGED
				&& (kase.status() == CaseStatus.REFERRED || kase.status() == CaseStatus.TRIAGED)) {
			kase.status(CaseStatus.IN_PROGRESS);
		}
		this.journal.record(kase, actor, "REFERRAL_" + answer, "Provider " + referral.providerId() + ": "
				+ answer.name().toLowerCase() + ((command.note() != null) ? ": " + command.note() : ""));
		if (answer == ReferralStatus.ACKNOWLEDGED) {
			this.journal.publish(new HelpOnTheWay(kase.snapshot(), "provider:" + referral.providerId()));
		}
		if (was == ReferralStatus.REQUESTED && answer != ReferralStatus.ACTED) {
			this.workflow.referralAnswered(kase.id(), referral.providerId(), answer == ReferralStatus.ACKNOWLEDGED);
		}
		return view(kase.id());
	}

	CaseView escalate(String idOrReference, Reasoned command) {
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.ESCALATE).id());
		requireOpen(kase);
		if (kase.tier().above().isEmpty()) {
			throw new CaseActionNotAllowed("case " + kase.reference() + " is already at the " + kase.tier() + " tier");
		}
		this.workflow.escalateByHand(kase.id(), command.reason(), actor(command.actor()));
		return view(kase.id());
	}

	CaseView deEscalate(String idOrReference, Reasoned command) {
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.DE_ESCALATE).id());
		requireOpen(kase);
		if (kase.tier().below().isEmpty()) {
			throw new CaseActionNotAllowed("case " + kase.reference() + " is already at the " + kase.tier() + " tier");
		}
		this.workflow.deEscalateByHand(kase.id(), kase.tier(), command.reason(), actor(command.actor()));
		return view(kase.id());
	}

	CaseView officialsActed(String idOrReference, Noted command) {
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.OFFICIALS_ACTED).id());
		if (kase.status() != CaseStatus.ESCALATED) {
			throw new CaseActionNotAllowed("case " + kase.reference() + " is " + kase.status() + ", not escalated");
		}
		String actor = actor(command.actor());
		this.workflow.officialsActed(kase.id(), actor);
		kase.resume(this.journal.resumedStatus(kase), actor);
		this.journal.record(kase, actor, "OFFICIALS_ACTED",
				"The " + kase.tier() + " officials acted" + ((command.note() != null) ? ": " + command.note() : ""));
		this.journal.publish(new HelpOnTheWay(kase.snapshot(), actor));
		return view(kase.id());
	}

	CaseView resolve(String idOrReference, Noted command) {
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.RESOLVE).id());
		if (kase.status() == CaseStatus.RESOLVED || kase.status() == CaseStatus.CLOSED || !kase.triaged()) {
			throw new CaseActionNotAllowed(
					"case " + kase.reference() + " is " + kase.status() + ", cannot be resolved");
		}
		this.workflow.resolved(kase.id());
		String actor = actor(command.actor());
		kase.resolved(Instant.now());
		this.journal.record(kase, actor, "RESOLVED",
				"Resolved" + ((command.note() != null) ? ": " + command.note() : ""));
		return view(kase.id());
	}

	CaseView close(String idOrReference, Noted command) {
		CaseRecord kase = this.journal.lock(find(idOrReference, CaseAction.CLOSE).id());
		if (kase.status() != CaseStatus.RESOLVED) {
			throw new CaseActionNotAllowed("case " + kase.reference() + " is " + kase.status() + ", not resolved");
		}
		this.journal.record(kase, actor(command.actor()), "CLOSE_REQUESTED",
				"Closing" + ((command.note() != null) ? ": " + command.note() : ""));
		this.workflow.closed(kase.id());
		return view(kase.id());
	}

	// Not read-only: the audit entry of the read is written in this transaction.
	CaseView read(String idOrReference) {
		return view(find(idOrReference, CaseAction.READ).id());
	}

	/**
	 * Survivor details, for those whose role and jurisdiction need them; every read is
	 * audited.
	 */
	SurvivorView survivor(String idOrReference) {
		CaseRecord kase = find(idOrReference, CaseAction.READ_SURVIVOR);
		return survivorView(kase.id());
	}

	/**
	 * Everything held about one case and its survivor, for an administrator (DPDP Act).
	 */
	CaseExport export(String idOrReference) {
		CaseRecord kase = find(idOrReference, CaseAction.EXPORT);
		return new CaseExport(Instant.now(), view(kase.id()), survivorView(kase.id()),
				this.audit.entriesFor(kase.id()));
	}

	private SurvivorView survivorView(UUID caseId) {
		return this.survivors.findById(caseId)
			.map((s) -> new SurvivorView(caseId, s.displayName(), s.phone(), s.age(), s.address(), s.notes(),
					s.anonymisedAt()))
			.orElse(new SurvivorView(caseId, null, null, null, null, null, null));
	}

	/**
	 * The case, if the signed-in user may take the action on it: a case outside their
	 * jurisdiction is answered as unknown (404), an action their role may not take 403.
	 */
	private CaseRecord find(String idOrReference, CaseAction action) {
		return find(idOrReference, action, null);
	}

	private CaseRecord find(String idOrReference, CaseAction action, Long providerId) {
		CaseRecord kase = find(idOrReference);
		Set<Long> referred = this.referrals.findByCaseIdOrderByRequestedAt(kase.id())
			.stream()
			.map(Referral::providerId)
			.collect(Collectors.toSet());
		CaseScope scope = new CaseScope(kase.id(), kase.place(), kase.tier(), kase.escalationCount() > 0, referred,
				kase.saathiId());
		if (TrustedCaller.active()) {
			this.audit.record(kase.id(), action.name(), "ALLOWED_TRUSTED_CALLER");
			return kase;
		}
		return switch (this.access.check(scope, action, providerId)) {
			case ALLOWED -> kase;
			case FORBIDDEN -> throw new AccessDeniedException("not allowed to " + action + " this case");
			case NOT_VISIBLE -> throw new CaseNotFound(idOrReference);
		};
	}

	private void requireOpen(CaseRecord kase) {
		if (kase.status() == CaseStatus.RESOLVED || kase.status() == CaseStatus.CLOSED) {
			throw new CaseActionNotAllowed("case " + kase.reference() + " is " + kase.status());
		}
	}

	private CaseRecord find(String idOrReference) {
		String key = (idOrReference != null) ? idOrReference.trim().toUpperCase() : "";
		if (CaseReferences.looksLikeReference(key)) {
			return this.cases.findByReference(key).orElseThrow(() -> new CaseNotFound(idOrReference));
		}
		try {
			return this.cases.findById(UUID.fromString(idOrReference))
				.orElseThrow(() -> new CaseNotFound(idOrReference));
		}
		catch (IllegalArgumentException ex) {
			throw new CaseNotFound(idOrReference);
		}
	}

	/** The signed-in user, and whom they act for when they say so. */
	private String actor(String claimed) {
		String on = (claimed == null || claimed.isBlank()) ? null : claimed.trim();
		String actor = this.access.currentUser()
			.map((user) -> (on == null || on.equals(user)) ? user : user + " for " + on)
			.orElse((on != null) ? on : API);
		return (actor.length() > 100) ? actor.substring(0, 100) : actor;
	}

	private CaseView view(UUID caseId) {
		CaseRecord kase = this.cases.findById(caseId).orElseThrow(() -> new CaseNotFound(caseId.toString()));
		return new CaseView(kase.id(), kase.reference(), kase.place(), kase.incidentType(), kase.subType(),
				kase.riskLevel(), kase.child(), kase.consentReferral(), kase.consentWomensGroups(),
				kase.consentRecordedBy(), kase.consentRecordedAt(), kase.tier(), kase.status(), kase.owner(),
				kase.escalationCount(), kase.immediateDangerRaised(), kase.openedAt(), kase.triagedAt(),
				kase.resolvedAt(), kase.closedAt(),
				this.alerts.findByCaseIdOrderByIdAsc(caseId)
					.stream()
					.map((a) -> new AlertView(a.alertId(), a.sourceRef(), a.receivedAt()))
					.toList(),
				this.referrals.findByCaseIdOrderByRequestedAt(caseId)
					.stream()
					.map((r) -> new ReferralView(r.id(), r.providerId(), r.status().name(), r.requestedAt(),
							r.acknowledgeBy(), r.answeredAt(), r.note()))
					.toList(),
				this.timeline.findByCaseIdOrderByIdAsc(caseId)
					.stream()
					.map((t) -> new TimelineView(t.happenedAt(), t.actor(), t.tier(), t.kind(), t.detail()))
					.toList(),
				this.problems.findByCaseIdOrderByIdAsc(caseId)
					.stream()
					.filter(CaseProblem::stillOpen)
					.map((p) -> new ProblemView(p.raisedAt(), p.problem()))
					.toList(),
				this.workflow.deadlines(caseId));
	}

}
