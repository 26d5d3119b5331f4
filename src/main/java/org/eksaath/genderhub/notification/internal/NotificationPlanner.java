package org.eksaath.genderhub.notification.internal;

import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eksaath.genderhub.cases.CaseClosed;
import org.eksaath.genderhub.cases.CaseEscalated;
import org.eksaath.genderhub.cases.CaseHandedBack;
import org.eksaath.genderhub.cases.CaseEvent;
import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.EscalationReminderDue;
import org.eksaath.genderhub.cases.FollowUpDue;
import org.eksaath.genderhub.cases.HelpOnTheWay;
import org.eksaath.genderhub.cases.ImmediateDangerRaised;
import org.eksaath.genderhub.cases.ReferralRequested;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.ProviderView;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who hears about a case event and records their messages in the outbox, in the
 * transaction of the step that published the event (a plain {@link EventListener}, so a
 * rollback of the step takes the messages with it). Nothing is sent from here.
 */
@Component
class NotificationPlanner {

	private static final Logger log = LoggerFactory.getLogger(NotificationPlanner.class);

	static final String SAATHI_GROUP = "saathi";

	private final DirectoryLookup directory;

	private final NotificationOutbox outbox;

	NotificationPlanner(DirectoryLookup directory, NotificationOutbox outbox) {
		this.directory = directory;
		this.outbox = outbox;
	}

	@EventListener
	@Transactional
	void on(CaseEvent event) {
		CaseSnapshot s = event.snapshot();
		if (event instanceof CaseOpened e) {
			toSaathi(new Decision(e.decisionKey(), TemplateKey.RECEIPT_SAATHI, s, e.triageBy()));
			toResponders(new Decision(e.decisionKey(), TemplateKey.NEW_CASE_COORDINATOR, s, e.triageBy()),
					Tier.COMMUNITY);
		}
		else if (event instanceof ReferralRequested e) {
			toProviderDesk(new Decision(e.decisionKey(), TemplateKey.REFERRAL, s, e.acknowledgeBy()), e.providerId());
		}
		else if (event instanceof CaseEscalated e) {
			toResponders(new Decision(e.decisionKey(), escalationTemplate(e.to()), s, e.respondBy()), e.to());
		}
		else if (event instanceof CaseHandedBack e && e.to() == Tier.DISTRICT) {
			// Back at the community tier the coordinators' own steps go on; the district
			// must act again, by a new deadline.
			toResponders(new Decision(e.decisionKey(), TemplateKey.HANDED_BACK_DISTRICT, s, e.respondBy()),
					Tier.DISTRICT);
		}
		else if (event instanceof HelpOnTheWay e) {
			toSaathi(new Decision(e.decisionKey(), TemplateKey.HELP_ON_THE_WAY, s, null));
		}
		else if (event instanceof FollowUpDue e) {
			toResponders(new Decision(e.decisionKey(), TemplateKey.FOLLOW_UP_REMINDER, s, e.nextReminder()),
					Tier.COMMUNITY);
		}
		else if (event instanceof EscalationReminderDue e) {
			toResponders(new Decision(e.decisionKey(), TemplateKey.REMINDER, s, e.respondBy()), e.tier());
		}
		else if (event instanceof ImmediateDangerRaised e) {
			Decision d = new Decision(e.decisionKey(), TemplateKey.IMMEDIATE_DANGER, s, null);
			PlaceRef p = s.place();
			List<ProviderView> police = this.directory.providersServing(p.districtCode(), p.blockCode(),
					EnumSet.of(ProviderCategory.POLICE));
			police.forEach((provider) -> toProviderDesk(d, provider.id()));
			toResponders(d, Tier.DISTRICT);
		}
		else if (event instanceof CaseClosed e) {
			toSaathi(new Decision(e.decisionKey(), TemplateKey.CASE_CLOSED, s, null));
		}
	}

	private static TemplateKey escalationTemplate(Tier to) {
		return switch (to) {
			case STATE -> TemplateKey.ESCALATION_STATE;
			case DISTRICT, COMMUNITY -> TemplateKey.ESCALATION_DISTRICT;
		};
	}

	private void toSaathi(Decision d) {
		Long saathiId = d.snapshot().saathiId();
		if (saathiId == null) {
			return;
		}
		this.directory.saathi(saathiId)
			.ifPresentOrElse((saathi) -> this.outbox.queuePrimary(d, Recipient.of(saathi), SAATHI_GROUP),
					() -> log.warn("Saathi {} of case {} is not in the directory (or inactive); no {} sent", saathiId,
							d.snapshot().reference(), d.template()));
	}

	private void toResponders(Decision d, Tier tier) {
		PlaceRef p = d.snapshot().place();
		String group = respondersGroup(tier);
		List<ContactView> responders = this.directory.responders(tier, p.stateCode(), p.districtCode(), p.blockCode());
		int reachable = 0;
		for (ContactView contact : responders) {
			reachable += (this.outbox.queuePrimary(d, Recipient.of(contact), group) > 0) ? 1 : 0;
		}
		if (reachable == 0) {
			this.outbox.raiseOnce(d.decisionKey(), group, d.snapshot().caseId(), d.snapshot().reference(),
					"Nobody to notify: no %s responder with a phone or email for %s (%s)".formatted(tier,
							p.districtCode(), d.template()));
		}
	}

	/** A desk's contacts are tried in order: the first now, the next when it fails. */
	void toProviderDesk(Decision d, long providerId) {
		String group = providerGroup(providerId);
		for (ContactView contact : this.directory.providerContacts(providerId)) {
			if (this.outbox.queuePrimary(d, Recipient.of(contact), group) > 0) {
				return;
			}
		}
		this.outbox.raiseOnce(d.decisionKey(), group, d.snapshot().caseId(), d.snapshot().reference(),
				"Nobody to notify: provider %d has no desk contact with a phone or email (%s)".formatted(providerId,
						d.template()));
	}

	static String respondersGroup(Tier tier) {
		return "responders:" + tier.name();
	}

	static String providerGroup(long providerId) {
		return "provider:" + providerId;
	}

	static Long providerOf(String group) {
		return group.startsWith("provider:") ? Long.valueOf(group.substring("provider:".length())) : null;
	}

}
