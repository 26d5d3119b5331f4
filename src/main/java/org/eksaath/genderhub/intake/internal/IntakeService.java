package org.eksaath.genderhub.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.eksaath.genderhub.cases.CaseActionNotAllowed;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.TimeOrderedIds;

/**
 * Accepts a message from any channel: first stores it in a transaction of its own, so it
 * is never lost, then processes it in a second one. When processing fails the alert stays
 * stored, marked FAILED (or REJECTED for a reply that was not accepted) for a
 * coordinator.
 */
@Service
public class IntakeService {

	private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

	private final AlertRepository alerts;

	private final AlertProcessor processor;

	private final IntakeReplies replies;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	/** Turns for processing: see {@link IntakeProperties#concurrentProcessing()}. */
	private final Semaphore processing;

	IntakeService(AlertRepository alerts, AlertProcessor processor, IntakeReplies replies,
			PlatformTransactionManager transactions, IntakeProperties properties, ObjectProvider<Clock> clock) {
		this.processing = new Semaphore(properties.processingPermits(), true);
		this.alerts = alerts;
		this.processor = processor;
		this.replies = replies;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Outcome accept(Incoming incoming) {
		String text = incoming.text();
		if (text.length() > Alert.MAX_TEXT) {
			text = text.substring(0, Alert.MAX_TEXT);
		}
		Alert alert = new Alert(TimeOrderedIds.next(), incoming.channel(), incoming.senderPhone(), incoming.apiKeyId(),
				incoming.externalId(), text, this.clock.instant());
		Optional<Alert> earlier = store(alert);
		if (earlier.isPresent()) {
			return replayed(earlier.get());
		}
		// Stored: from here on it can wait its turn without being lost.
		this.processing.acquireUninterruptibly();
		try {
			return this.processor.process(alert.id(), incoming);
		}
		catch (CaseActionNotAllowed ex) {
			Language language = SmsGrammar.language(text);
			var reply = (SmsGrammar.parse(text) instanceof SmsGrammar.ReplyMessage r) ? r.reference() : "";
			String why = ex.getMessage();
			String answer = Replies.rejected(language, reply, why);
			mark(alert.id(), AlertStatus.REJECTED, "REPLY", why, language, answer);
			return new Outcome(alert.id(), AlertStatus.REJECTED, null, answer, language, false, false);
		}
		catch (RuntimeException ex) {
			// The alert is committed; say what failed (never its text) and leave it for a
			// coordinator.
			// Exception messages may quote SQL values, so only the type goes to the log.
			log.error("Processing alert {} failed ({}); it is stored as FAILED", alert.id(), ex.getClass().getName());
			log.debug("Processing alert {} failed", alert.id(), ex);
			Language language = SmsGrammar.language(text);
			// The sender still hears that his message arrived (never why it failed).
			mark(alert.id(), AlertStatus.FAILED, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), language,
					Replies.received(language));
			return new Outcome(alert.id(), AlertStatus.FAILED, null, Replies.received(language), language, false,
					false);
		}
		finally {
			this.processing.release();
		}
	}

	/** Stores the alert in its own transaction; returns the earlier one on a replay. */
	private Optional<Alert> store(Alert alert) {
		if (alert.externalId() != null) {
			Optional<Alert> earlier = this.alerts.findByChannelAndExternalId(alert.channel(), alert.externalId());
			if (earlier.isPresent()) {
				return earlier;
			}
		}
		try {
			this.newTransaction.executeWithoutResult((status) -> this.alerts.saveAndFlush(alert));
			return Optional.empty();
		}
		catch (DataIntegrityViolationException ex) {
			// The same message arrived twice at once: the other one was stored.
			if (alert.externalId() != null) {
				Optional<Alert> earlier = this.alerts.findByChannelAndExternalId(alert.channel(), alert.externalId());
				if (earlier.isPresent()) {
					return earlier;
				}
			}
			throw ex;
		}
	}

	private Outcome replayed(Alert earlier) {
		Language language = SmsGrammar.language(earlier.rawText());
		String reply = switch (earlier.status()) {
			case PROCESSED -> "ALERT".equals(earlier.kind()) ? Replies.opened(language, earlier.caseReference())
					: Replies.received(language);
			case DUPLICATE -> Replies.duplicate(language, earlier.caseReference());
			case UNPARSED -> Replies.unparsed(language);
			default -> Replies.received(language);
		};
		log.info("Alert {} received again (same channel id); not processed again", earlier.id());
		return new Outcome(earlier.id(), earlier.status(), earlier.caseReference(), reply, language, false, true);
	}

	/**
	 * Marks the outcome in a transaction of its own and, for a channel that cannot answer
	 * by itself, asks for the reply by SMS in that same transaction.
	 */
	private void mark(UUID alertId, AlertStatus status, String kind, String error, Language language, String reply) {
		try {
			this.newTransaction.executeWithoutResult((tx) -> this.alerts.findById(alertId).ifPresent((a) -> {
				a.outcome(status, kind, null, null, error, Instant.now(this.clock));
				if (reply != null) {
					this.replies.request(a, language, reply);
				}
			}));
		}
		catch (RuntimeException ex) {
			if (reply != null) {
				// Recording the reply failed: the outcome matters more than the SMS.
				log.error("Could not record the reply to alert {} ({}); marking it without", alertId,
						ex.getClass().getName());
				mark(alertId, status, kind, error, language, null);
				return;
			}
			// Still stored as RECEIVED, which a coordinator sees as unprocessed.
			log.error("Could not mark alert {} as {} ({})", alertId, status, ex.getClass().getName());
		}
	}

}
