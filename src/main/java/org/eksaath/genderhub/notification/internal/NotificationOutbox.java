package org.eksaath.genderhub.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eksaath.genderhub.cases.CaseAttention;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records notifications in the caller's transaction, once per decision, recipient and
 * channel, and raises on the case what nobody could be reached for.
 */
@Component
public class NotificationOutbox {

	private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

	private final NotificationRepository notifications;

	/** Key of the per-transaction map of recorded idempotency keys by decision. */
	private final Object recordedKeysResource = new Object();

	private final MessageTemplates templates;

	private final NotificationSettings settings;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CaseAttention> attention;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectMapper json = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	NotificationOutbox(NotificationRepository notifications, MessageTemplates templates, NotificationSettings settings,
			ApplicationEventPublisher events, ObjectProvider<CaseAttention> attention, JdbcTemplate jdbc,
			ObjectProvider<Clock> clock) {
		this.notifications = notifications;
		this.templates = templates;
		this.settings = settings;
		this.events = events;
		this.attention = attention;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Records the first messages for a recipient: SMS, plus email where there is an
	 * address; WhatsApp only when there is no phone. Returns how many channels the
	 * recipient is (now or already) reachable on.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int queuePrimary(Decision decision, Recipient recipient, String group) {
		int channels = 0;
		if (recipient.address(Channel.SMS) != null) {
			queue(decision, recipient, group, Channel.SMS, null);
			channels++;
		}
		else if (recipient.address(Channel.WHATSAPP) != null) {
			queue(decision, recipient, group, Channel.WHATSAPP, null);
			channels++;
		}
		if (recipient.address(Channel.EMAIL) != null) {
			queue(decision, recipient, group, Channel.EMAIL, null);
			channels++;
		}
		return channels;
	}

	/**
	 * Records one message unless this decision already has it for this recipient and
	 * channel. Returns true when a new row was written.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean queue(Decision decision, Recipient recipient, String group, Channel channel, UUID fallbackOf) {
		String address = recipient.address(channel);
		if (address == null) {
			return false;
		}
		String key = idempotencyKey(decision.decisionKey(), recipient, channel);
		Set<String> recorded = recordedKeys(decision.decisionKey());
		if (!recorded.add(key)) {
			log.debug("Notification {} for {} on {} already recorded", decision.decisionKey(), recipient.key(),
					channel);
			return false;
		}
		Instant now = this.clock.instant();
		RenderedMessage message = this.templates.render(decision.template(), recipient.language(), channel,
				decision.snapshot(), decision.deadline(), decision.text());
		Notification n = new Notification(key, decision.decisionKey(), decision.snapshot().caseId(),
				decision.snapshot().reference(), decision.template(), writeFacts(decision), channel, recipient, group,
				address, message, this.settings.dltTemplateIds().get(decision.template()), fallbackOf, now);
		this.notifications.save(n);
		// The row itself records the queuing (created_at, fallback_of); the status
		// history starts with the first attempt, one row fewer per message.
		this.events.publishEvent(new NotificationsQueued());
		log.info("Queued {} {} for case {} to {} ({})", channel, decision.template(), decision.snapshot().reference(),
				recipient.key(), n.id());
		return true;
	}

	/**
	 * The idempotency keys already recorded for a decision, read once per transaction: a
	 * decision's messages are queued one after the other in one transaction, and the keys
	 * this transaction adds are added to the set.
	 */
	private Set<String> recordedKeys(String decisionKey) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new HashSet<>(this.notifications.findIdempotencyKeysByDecisionKey(decisionKey));
		}
		@SuppressWarnings("unchecked")
		Map<String, Set<String>> known = (Map<String, Set<String>>) TransactionSynchronizationManager
			.getResource(this.recordedKeysResource);
		if (known == null) {
			Map<String, Set<String>> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this.recordedKeysResource, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager
						.unbindResourceIfPossible(NotificationOutbox.this.recordedKeysResource);
				}
			});
			known = fresh;
		}
		return known.computeIfAbsent(decisionKey,
				(k) -> new HashSet<>(this.notifications.findIdempotencyKeysByDecisionKey(k)));
	}

	/**
	 * Puts a problem on the case for its coordinator, once per decision and group.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void raiseOnce(String decisionKey, String group, UUID caseId, String caseReference, String problem) {
		Integer raised = this.jdbc.queryForObject(
				"select count(*) from notification_attention where decision_key = ? and recipient_group = ?",
				Integer.class, decisionKey, group);
		if (raised != null && raised > 0) {
			return;
		}
		this.jdbc.update(
				"insert into notification_attention (decision_key, recipient_group, raised_at) values (?, ?, ?)",
				decisionKey, group, java.sql.Timestamp.from(this.clock.instant()));
		CaseAttention caseAttention = this.attention.getIfAvailable();
		if (caseAttention == null) {
			log.error("No CaseAttention in this application; case {} needs attention: {}", caseReference, problem);
			return;
		}
		log.warn("Raising on case {}: {}", caseReference, problem);
		caseAttention.raise(caseId, problem);
	}

	Decision readDecision(Notification n) {
		try {
			CaseFacts facts = this.json.readValue(n.caseFacts(), CaseFacts.class);
			return new Decision(n.decisionKey(), n.template(), facts.snapshot(), facts.deadline(), facts.text());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable case facts on notification " + n.id(), ex);
		}
	}

	private String writeFacts(Decision decision) {
		try {
			return this.json
				.writeValueAsString(new CaseFacts(decision.snapshot(), decision.deadline(), decision.text()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write case facts of " + decision.decisionKey(), ex);
		}
	}

	static String idempotencyKey(String decisionKey, Recipient recipient, Channel channel) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha
				.digest((decisionKey + "|" + recipient.key() + "|" + channel.name()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stored with each row; text only for templates that carry their own words. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record CaseFacts(CaseSnapshot snapshot, Instant deadline, String text) {
	}

}
