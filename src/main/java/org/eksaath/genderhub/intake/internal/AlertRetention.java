package org.eksaath.genderhub.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import org.eksaath.genderhub.cases.CaseClosed;

/**
 * An alert's text may name or locate a survivor, so it is kept no longer than the
 * survivor details of its case: a retention period after the case was closed (or after it
 * arrived, for an alert that never became part of a case) the text is removed. The alert
 * itself stays: channel, sender, time, status and case.
 */
@Component
class AlertRetention {

	private static final Logger log = LoggerFactory.getLogger(AlertRetention.class);

	private final AlertRepository alerts;

	private final Settings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AlertRetention(AlertRepository alerts, Settings settings, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.alerts = alerts;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** In the closing transaction: the retention period of the case's alerts starts. */
	@EventListener
	@Transactional
	void on(CaseClosed closed) {
		this.alerts.caseClosed(closed.snapshot().caseId(), this.clock.instant());
	}

	@Scheduled(initialDelayString = "${genderhub.intake.retention.initial-delay:PT2M}",
			fixedDelayString = "${genderhub.intake.retention.interval:PT1H}")
	void scheduled() {
		removeExpired();
	}

	/** Removes the text of every alert past its retention period; answers how many. */
	int removeExpired() {
		Instant cutOff = this.clock.instant().minus(this.settings.alertTextAfter());
		int removed;
		int total = 0;
		do {
			removed = removeTextBefore(cutOff);
			total += removed;
		}
		while (removed == this.settings.batchSize());
		if (total > 0) {
			log.info("Removed the text of {} alert(s) after the retention period", total);
		}
		return total;
	}

	/**
	 * Removes the text of one batch of alerts due before the cut-off, in a transaction of
	 * its own; answers how many.
	 */
	private int removeTextBefore(Instant cutOff) {
		Integer removed = this.transaction.execute((tx) -> {
			List<Alert> due = this.alerts.textDueForRemoval(cutOff, PageRequest.of(0, this.settings.batchSize()));
			Instant now = this.clock.instant();
			due.forEach((alert) -> alert.removeText(now));
			return due.size();
		});
		return (removed != null) ? removed : 0;
	}

	/**
	 * @param alertTextAfter how long an alert's text is kept after its case was closed
	 * (or after it arrived, without a case)
	 * @param batchSize alerts changed per transaction
	 */
	@Validated
	@ConfigurationProperties("genderhub.intake.retention")
	record Settings(@NotNull @DefaultValue("365d") Duration alertTextAfter,
			@Min(1) @DefaultValue("500") int batchSize) {
	}

}
