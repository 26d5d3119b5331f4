package org.eksaath.genderhub.intake.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseIntake;
import org.eksaath.genderhub.cases.CaseIntake.AlertToOpen;
import org.eksaath.genderhub.cases.CaseIntake.ReplyOutcome;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.HubView;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.intake.internal.SmsGrammar.AlertMessage;
import org.eksaath.genderhub.intake.internal.SmsGrammar.ParsedMessage;
import org.eksaath.genderhub.intake.internal.SmsGrammar.ReplyMessage;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * Turns a stored alert into what it asks for: a new case, another alert on an open case,
 * or a provider's or official's reply. Runs in its own transaction, after the alert is
 * committed; whatever it records (alert outcome, case, process, receipts) commits
 * together or not at all.
 */
@Component
class AlertProcessor {

	private static final Logger log = LoggerFactory.getLogger(AlertProcessor.class);

	static final int MAX_VILLAGE = 60;

	private final AlertRepository alerts;

	private final CaseIntake cases;

	private final DirectoryLookup directory;

	private final IntakeProperties properties;

	private final IntakeReplies replies;

	private final Clock clock;

	AlertProcessor(AlertRepository alerts, CaseIntake cases, DirectoryLookup directory, IntakeProperties properties,
			IntakeReplies replies, ObjectProvider<Clock> clock) {
		this.alerts = alerts;
		this.cases = cases;
		this.directory = directory;
		this.properties = properties;
		this.replies = replies;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome process(UUID alertId, Incoming incoming) {
		Alert alert = this.alerts.findById(alertId).orElseThrow();
		ParsedMessage parsed = SmsGrammar.parse(alert.rawText());
		Optional<SaathiView> saathi = Optional.ofNullable(alert.senderPhone()).flatMap(this.directory::saathiByPhone);
		// Whose coordinators see it: the Saathi's hub, until a place says otherwise.
		saathi
			.ifPresent((s) -> alert.hubCode(hubOf(new PlaceRef(s.stateCode(), s.districtCode(), s.blockCode(), null))));
		if (parsed instanceof ReplyMessage reply) {
			return reply(alert, reply, saathi);
		}
		if (alert.channel().fromPhone() && saathi.isEmpty()) {
			Language language = this.directory.contactByPhone(alert.senderPhone())
				.map(ContactView::language)
				.orElse(parsed.language());
			return finish(alert, AlertStatus.UNKNOWN_SENDER, "ALERT", null, null, "unknown sender",
					Replies.unknownSender(language), language);
		}
		Language language = saathi.map(SaathiView::language).orElse(parsed.language());
		Optional<Target> target = target(parsed, incoming, saathi.orElse(null));
		if (target.isEmpty()) {
			return finish(alert, AlertStatus.UNPARSED, "ALERT", null, null, "not understood",
					Replies.unparsed(language), language);
		}
		return open(alert, target.get(), saathi.orElse(null), language);
	}

	private Outcome open(Alert alert, Target target, SaathiView saathi, Language language) {
		String placeKey = placeKey(target.place());
		alert.placeKey(placeKey);
		alert.hubCode(hubOf(target.place()));
		if (alert.senderPhone() != null) {
			Instant since = alert.receivedAt().minus(this.properties.duplicateWindow());
			for (Alert earlier : this.alerts.recentAboutPlace(alert.senderPhone(), placeKey, since,
					PageRequest.of(0, 20))) {
				boolean withCase = earlier.caseId() != null
						&& (earlier.status() == AlertStatus.PROCESSED || earlier.status() == AlertStatus.DUPLICATE);
				if (withCase && !earlier.id().equals(alert.id()) && this.cases.isOpen(earlier.caseId())) {
					this.cases.joinAlert(earlier.caseId(), alert.id().toString(), sourceRef(alert, saathi));
					log.info("Alert {} joined case {} (same sender and place)", alert.id(), earlier.caseReference());
					return finish(alert, AlertStatus.DUPLICATE, "ALERT", earlier.caseId(), earlier.caseReference(),
							null, Replies.duplicate(language, earlier.caseReference()), language);
				}
			}
		}
		CaseSnapshot kase = this.cases.openFromAlert(new AlertToOpen(alert.id().toString(), sourceRef(alert, saathi),
				target.place(), target.incidentType(), target.subType(), (saathi != null) ? saathi.id() : null));
		log.info("Alert {} opened case {}", alert.id(), kase.reference());
		alert.outcome(AlertStatus.PROCESSED, "ALERT", kase.caseId(), kase.reference(), null, this.clock.instant());
		return new Outcome(alert.id(), AlertStatus.PROCESSED, kase.reference(),
				Replies.opened(language, kase.reference()), language, true, false);
	}

	private Outcome reply(Alert alert, ReplyMessage reply, Optional<SaathiView> saathi) {
		Optional<ContactView> contact = Optional.ofNullable(alert.senderPhone())
			.flatMap(this.directory::contactByPhone);
		Language language = contact.map(ContactView::language)
			.or(() -> saathi.map(SaathiView::language))
			.orElse(reply.language());
		if (contact.isEmpty()) {
			AlertStatus status = (saathi.isPresent() || !alert.channel().fromPhone()) ? AlertStatus.REJECTED
					: AlertStatus.UNKNOWN_SENDER;
			return finish(alert, status, "REPLY", null, null, "reply from a phone that is not a directory contact",
					(status == AlertStatus.REJECTED)
							? Replies.rejected(language, reply.reference(), notAContact(language))
							: Replies.unknownSender(language),
					language);
		}
		Optional<CaseSnapshot> kase = this.cases.byReference(reply.reference());
		if (kase.isEmpty()) {
			return finish(alert, AlertStatus.REJECTED, "REPLY", null, null, "no case " + reply.reference(),
					Replies.noSuchCase(language, reply.reference()), language);
		}
		alert.hubCode(hubOf(kase.get().place()));
		ReplyOutcome outcome = this.cases.reply(kase.get().caseId(), contact.get().id(), reply.action(),
				reply.reason());
		log.info("Alert {}: contact {} answered {} on case {}: {}", alert.id(), contact.get().id(), reply.action(),
				kase.get().reference(), outcome);
		return finish(alert, AlertStatus.PROCESSED, "REPLY", kase.get().caseId(), kase.get().reference(), null,
				Replies.replied(language, outcome, kase.get().reference()), language);
	}

	private String hubOf(PlaceRef place) {
		return this.directory.hubFor(Tier.COMMUNITY, place.stateCode(), place.districtCode(), place.blockCode())
			.map(HubView::code)
			.orElse(null);
	}

	static String notAContact(Language language) {
		return (language == Language.HI) ? "यह नंबर इस केस का संपर्क नहीं है।"
				: "this phone is not a contact of the case.";
	}

	private Optional<Target> target(ParsedMessage parsed, Incoming incoming, SaathiView saathi) {
		IncidentSubType knownSubType = (incoming != null) ? incoming.subType() : null;
		if (incoming != null && incoming.place() != null) {
			PlaceRef p = incoming.place();
			if (!this.directory.isKnownPlace(p.stateCode(), p.districtCode(), p.blockCode())) {
				return Optional.empty();
			}
			IncidentSubType sub = (knownSubType != null) ? knownSubType
					: (parsed instanceof AlertMessage a) ? a.subType() : null;
			IncidentType type = (sub != null) ? sub.coreType()
					: (parsed instanceof AlertMessage a) ? a.incidentType() : null;
			return Optional.of(new Target(p, type, sub));
		}
		if (!(parsed instanceof AlertMessage alert)) {
			return Optional.empty();
		}
		boolean typed = alert.incidentType() != null;
		List<String> words = alert.rest();
		String district = (saathi != null) ? saathi.districtCode() : null;
		for (int n = Math.min(3, words.size()); n >= 1; n--) {
			Optional<PlaceRef> match = this.directory.matchPlace(String.join(" ", words.subList(0, n)), district);
			if (match.isPresent()) {
				return Optional.of(new Target(match.get(), alert.incidentType(), alert.subType()));
			}
		}
		if (!typed || saathi == null) {
			return Optional.empty();
		}
		// A village the directory does not list: in the Saathi's own block.
		String village = words.isEmpty() ? null : words.get(0);
		if (village != null && village.length() > MAX_VILLAGE) {
			village = village.substring(0, MAX_VILLAGE);
		}
		return Optional
			.of(new Target(new PlaceRef(saathi.stateCode(), saathi.districtCode(), saathi.blockCode(), village),
					alert.incidentType(), alert.subType()));
	}

	static String placeKey(PlaceRef place) {
		String village = (place.village() == null) ? ""
				: Normalizer.normalize(place.village(), Normalizer.Form.NFC)
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
		String key = place.districtCode() + "|" + ((place.blockCode() != null) ? place.blockCode() : "") + "|"
				+ village;
		return (key.length() <= 120) ? key : key.substring(0, 120);
	}

	private static String sourceRef(Alert alert, SaathiView saathi) {
		String who = (saathi != null) ? "saathi:" + saathi.id()
				: (alert.apiKeyId() != null) ? "api:" + alert.apiKeyId() : "unknown";
		return alert.channel().name().toLowerCase(Locale.ROOT) + ":" + who;
	}

	private Outcome finish(Alert alert, AlertStatus status, String kind, UUID caseId, String caseReference,
			String error, String reply, Language language) {
		alert.outcome(status, kind, caseId, caseReference, error, this.clock.instant());
		log.info("Alert {} is {}", alert.id(), status);
		// A new case is not answered here: notification sends the Saathi's receipt for
		// CaseOpened. Everything else that ends here is, in this same transaction.
		this.replies.request(alert, language, reply);
		return new Outcome(alert.id(), status, caseReference, reply, language, false, false);
	}

	record Target(PlaceRef place, IncidentType incidentType, IncidentSubType subType) {
	}

}
