package org.eksaath.genderhub.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short transactions around a send: claiming a notification for this node, and
 * recording what came of it (and of each later delivery report) with its history.
 */
@Component
class DeliveryRecorder {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);

	private final NotificationRepository notifications;

	private final NotificationStatusChangeRepository history;

	private final NotificationSettings settings;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	DeliveryRecorder(NotificationRepository notifications, NotificationStatusChangeRepository history,
			NotificationSettings settings, ObjectProvider<Clock> clock, JdbcTemplate jdbc) {
		this.notifications = notifications;
		this.history = history;
		this.settings = settings;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.jdbc = jdbc;
	}

	Instant now() {
		return this.clock.instant();
	}

	@Transactional(readOnly = true)
	public List<UUID> due(int max) {
		// Two queries rather than one with "or": each is answered from the index on
		// (status, next_attempt_at), whatever the number of messages sent before.
		Instant now = now();
		return upTo(max, (page) -> this.notifications.findLeaseExpired(now, page),
				(page) -> this.notifications.findQueuedDue(now, page));
	}

	@Transactional(readOnly = true)
	public List<UUID> fallbackDue(int max) {
		Instant now = now();
		return upTo(max, (page) -> this.notifications.findFallbackDue(NotificationStatus.FAILED, page),
				(page) -> this.notifications.findFallbackDue(NotificationStatus.UNDELIVERED, page),
				(page) -> this.notifications.findUnreportedPastFallback(now, page));
	}

	/** At most {@code max} ids, from each query in turn until there are enough. */
	@SafeVarargs
	private static List<UUID> upTo(int max, Function<Pageable, List<UUID>>... queries) {
		List<UUID> ids = new ArrayList<>();
		for (Function<Pageable, List<UUID>> query : queries) {
			if (ids.size() >= max) {
				break;
			}
			ids.addAll(query.apply(PageRequest.of(0, max - ids.size())));
		}
		return ids;
	}

	/**
	 * Claims what it can of these notifications for this node, in one transaction; each
	 * claim is a conditional update, so a notification another node took is skipped.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Notification> claimAll(List<UUID> ids, String node) {
		Instant now = now();
		Instant until = now.plus(this.settings.dispatcher().lease());
		List<UUID> claimed = new ArrayList<>();
		for (UUID id : ids) {
			if (this.notifications.claim(id, node, now, until) == 1) {
				claimed.add(id);
			}
		}
		List<Notification> result = this.notifications.findAllById(claimed)
			.stream()
			.sorted(java.util.Comparator.comparing(Notification::nextAttemptAt))
			.toList();
		this.history.saveAll(result.stream()
			.map((n) -> new NotificationStatusChange(n.id(), NotificationStatus.SENDING, null, null,
					"attempt " + n.attempts() + " by " + node, now))
			.toList());
		return result;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void sent(Notification n, String node, SendReceipt receipt) {
		Instant now = now();
		NotificationStatus status = receipt.delivered() ? NotificationStatus.DELIVERED : NotificationStatus.SENT;
		Instant fallbackDue = (!receipt.delivered() && n.channel().reportsDelivery())
				? now.plus(this.settings.fallback().undeliveredAfter()) : null;
		int updated = this.notifications.markSent(n.id(), node, status, receipt.providerMessageId(),
				receipt.providerStatus(), now, receipt.delivered() ? now : null, fallbackDue);
		if (updated != 1) {
			// The lease ran out while sending and another node took over; it must not be
			// counted twice. Keep the trace in the history.
			log.warn("Notification {} was sent by {} after its lease ended", n.id(), node);
		}
		this.history.save(new NotificationStatusChange(n.id(), status, receipt.providerStatus(), null,
				(receipt.providerMessageId() != null) ? "provider id " + receipt.providerMessageId() : null, now));
		if (updated == 1 && receipt.providerMessageId() != null) {
			applyEarlyReports(receipt.providerMessageId());
		}
	}

	/** Delivery reports that came before the message id was recorded. */
	private void applyEarlyReports(String providerMessageId) {
		List<Map<String, Object>> early = this.jdbc
			.queryForList("select id, status, provider_status, error_code from notification_early_report"
					+ " where provider_message_id = ? order by id", providerMessageId);
		for (Map<String, Object> report : early) {
			applyReport(this.notifications.findByProviderMessageId(providerMessageId).orElseThrow(),
					NotificationStatus.valueOf((String) report.get("status")), (String) report.get("provider_status"),
					(String) report.get("error_code"));
			this.jdbc.update("delete from notification_early_report where id = ?", report.get("id"));
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(Notification n, String node, DeliveryFailure failure) {
		Instant now = now();
		var dispatcher = this.settings.dispatcher();
		boolean retry = failure.retryable() && n.attempts() < dispatcher.maxAttempts();
		NotificationStatus status = retry ? NotificationStatus.QUEUED : NotificationStatus.FAILED;
		Instant next = retry ? now.plus(backoff(n.attempts())) : now;
		String error = truncate(
				((failure.errorCode() != null) ? failure.errorCode() + ": " : "") + failure.getMessage());
		this.notifications.markFailedAttempt(n.id(), node, status, next, error);
		this.history.save(new NotificationStatusChange(n.id(), status, null, failure.errorCode(),
				(retry ? "retry at " + next + " after: " : (failure.retryable() ? "gave up after: " : "permanent: "))
						+ error,
				now));
		log.warn("Notification {} ({} {} case {}) attempt {} failed{}: {}", n.id(), n.channel(), n.template(),
				n.caseReference(), n.attempts(), retry ? ", will retry at " + next : ", no retry", error);
	}

	/** A delivery report from the provider, by its message id. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean providerStatus(String providerMessageId, NotificationStatus status, String providerStatus,
			String errorCode) {
		Optional<Notification> found = this.notifications.findByProviderMessageId(providerMessageId);
		if (found.isEmpty()) {
			// Either it came before the sender recorded the id, or it is not ours: keep
			// it.
			log.info("Delivery report for provider message {} before its id was recorded; kept", providerMessageId);
			this.jdbc.update(
					"insert into notification_early_report (provider_message_id, status, provider_status, error_code,"
							+ " received_at) values (?, ?, ?, ?, ?)",
					providerMessageId, status.name(), providerStatus, errorCode, java.sql.Timestamp.from(now()));
			return false;
		}
		applyReport(found.get(), status, providerStatus, errorCode);
		return true;
	}

	private void applyReport(Notification n, NotificationStatus status, String providerStatus, String errorCode) {
		Instant now = now();
		boolean changed = n.applyProviderStatus(status, providerStatus,
				(errorCode != null) ? "provider error " + errorCode : null, now);
		this.history.save(new NotificationStatusChange(n.id(), status, providerStatus, errorCode,
				changed ? null : "reported; status stays " + n.status(), now));
	}

	Duration backoff(int attempts) {
		var dispatcher = this.settings.dispatcher();
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = dispatcher.initialBackoff().multipliedBy(factor);
		return (wait.compareTo(dispatcher.maxBackoff()) > 0) ? dispatcher.maxBackoff() : wait;
	}

	private static String truncate(String s) {
		return (s.length() <= 500) ? s : s.substring(0, 500);
	}

}
