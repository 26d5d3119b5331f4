package org.eksaath.genderhub.notification.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a message did not reach its recipient (failed, undelivered, or an SMS
 * still not delivered after the configured time): the next channel of the same person
 * (SMS, then WhatsApp, then email), then the next contact of the same desk, and when
 * everyone of the group has failed a problem on the case for its coordinator.
 */
@Component
class FallbackPolicy {

	private static final Logger log = LoggerFactory.getLogger(FallbackPolicy.class);

	private static final List<Channel> ORDER = List.of(Channel.SMS, Channel.WHATSAPP, Channel.EMAIL);

	private final NotificationRepository notifications;

	private final NotificationOutbox outbox;

	private final DirectoryLookup directory;

	private final WhatsAppSender whatsApp;

	FallbackPolicy(NotificationRepository notifications, NotificationOutbox outbox, DirectoryLookup directory,
			WhatsAppSender whatsApp) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.directory = directory;
		this.whatsApp = whatsApp;
	}

	/**
	 * Acts on one notification that did not reach its recipient, if no other node did
	 * already. Runs in its own transaction.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void handle(java.util.UUID notificationId) {
		if (this.notifications.claimFallback(notificationId) != 1) {
			return;
		}
		Notification failed = this.notifications.findById(notificationId).orElseThrow();
		Decision decision = this.outbox.readDecision(failed);
		List<Notification> ofRecipient = this.notifications.findByDecisionKeyAndRecipientKindAndRecipientId(
				failed.decisionKey(), failed.recipientKind(), failed.recipientId());
		if (ofRecipient.stream().anyMatch((n) -> n.reached() || n.stillUnderway())) {
			return;
		}
		Optional<Recipient> recipient = recipient(failed);
		if (recipient.isPresent()) {
			for (Channel channel : ORDER) {
				boolean tried = ofRecipient.stream().anyMatch((n) -> n.channel() == channel);
				boolean usable = channel != Channel.WHATSAPP || this.whatsApp.available();
				if (!tried && usable && this.outbox.queue(decision, recipient.get(), failed.recipientGroup(), channel,
						failed.id())) {
					log.info("Case {}: {} to {} not delivered, trying {}", failed.caseReference(), failed.channel(),
							recipient.get().key(), channel);
					return;
				}
			}
		}
		if (nextDeskContact(decision, failed)) {
			return;
		}
		List<Notification> group = this.notifications.findByDecisionKeyAndRecipientGroup(failed.decisionKey(),
				failed.recipientGroup());
		if (group.stream().anyMatch((n) -> n.reached() || n.stillUnderway())) {
			return;
		}
		this.outbox.raiseOnce(failed.decisionKey(), failed.recipientGroup(), failed.caseId(), failed.caseReference(),
				"Nobody could be reached for %s (%s): every channel and contact failed".formatted(failed.template(),
						failed.recipientGroup()));
	}

	private boolean nextDeskContact(Decision decision, Notification failed) {
		Long providerId = NotificationPlanner.providerOf(failed.recipientGroup());
		if (providerId == null) {
			return false;
		}
		List<ContactView> desk = this.directory.providerContacts(providerId);
		boolean after = false;
		for (ContactView contact : desk) {
			if (after && this.outbox.queuePrimary(decision, Recipient.of(contact), failed.recipientGroup()) > 0) {
				List<Notification> ofNext = this.notifications.findByDecisionKeyAndRecipientKindAndRecipientId(
						failed.decisionKey(), RecipientKind.CONTACT, contact.id());
				if (ofNext.stream().anyMatch((n) -> n.reached() || n.stillUnderway())) {
					log.info("Case {}: desk contact {} not reached, trying contact {} of provider {}",
							failed.caseReference(), failed.recipientId(), contact.id(), providerId);
					return true;
				}
			}
			after = after || (failed.recipientKind() == RecipientKind.CONTACT && contact.id() == failed.recipientId());
		}
		return false;
	}

	private Optional<Recipient> recipient(Notification n) {
		return switch (n.recipientKind()) {
			case CONTACT -> this.directory.contact(n.recipientId()).filter(ContactView::active).map(Recipient::of);
			case SAATHI -> this.directory.saathi(n.recipientId()).map(Recipient::of);
			case SENDER -> Optional.empty();
		};
	}

}
