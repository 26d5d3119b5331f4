package org.eksaath.genderhub.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eksaath.genderhub.cases.CaseEvent;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes case events the way the case module does, and reads the outbox back. */
public class OutboxFixture {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final NotificationRepository notifications;

	public OutboxFixture(ApplicationEventPublisher events, PlatformTransactionManager txManager, JdbcTemplate jdbc,
			NotificationRepository notifications) {
		this.events = events;
		this.tx = new TransactionTemplate(txManager);
		this.jdbc = jdbc;
		this.notifications = notifications;
	}

	/**
	 * Publishes the event inside a transaction that then commits, as a deciding step
	 * does.
	 */
	public void decide(CaseEvent event) {
		this.tx.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	public void clear() {
		this.jdbc.update("delete from notification_status_change");
		this.jdbc.update("delete from notification_sandbox_message");
		this.jdbc.update("delete from notification_attention");
		this.jdbc.update("delete from notification_early_report");
		this.jdbc.update("delete from notification");
	}

	public List<Notification> all() {
		return this.notifications.findAll().stream().sorted((a, b) -> a.createdAt().compareTo(b.createdAt())).toList();
	}

	public Notification reload(Notification n) {
		return this.notifications.findById(n.id()).orElseThrow();
	}

	public static int counter;

	public static CaseSnapshot snapshot(long saathiId) {
		counter++;
		return new CaseSnapshot(UUID.randomUUID(), "GH%06d".formatted(counter), IncidentType.PHYSICAL_ASSAULT,
				IncidentSubType.DOMESTIC_VIOLENCE, RiskLevel.HIGH, false, Tier.COMMUNITY,
				new PlaceRef("UP", "UP-LKO", "UP-LKO-MAL", "Malihabad"), saathiId);
	}

	public static CaseSnapshot snapshotWithoutSaathi() {
		CaseSnapshot s = snapshot(0);
		return new CaseSnapshot(s.caseId(), s.reference(), s.incidentType(), s.subType(), s.riskLevel(), s.child(),
				s.tier(), s.place(), null);
	}

	public static Instant inHours(int hours) {
		return Instant.now().plusSeconds(3600L * hours);
	}

}
