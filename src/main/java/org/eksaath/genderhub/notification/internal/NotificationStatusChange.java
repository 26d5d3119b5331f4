package org.eksaath.genderhub.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step in a notification's history after it was queued: a send attempt, a failure, a
 * retry, a delivery report. The queuing itself is the notification's own row (created_at,
 * fallback_of).
 */
@Entity
@Table(name = "notification_status_change")
public class NotificationStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "notification_id", nullable = false, updatable = false)
	private UUID notificationId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private NotificationStatus status;

	@Column(name = "provider_status", updatable = false)
	private String providerStatus;

	@Column(name = "error_code", updatable = false)
	private String errorCode;

	@Column(updatable = false)
	private String detail;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	protected NotificationStatusChange() {
	}

	NotificationStatusChange(UUID notificationId, NotificationStatus status, String providerStatus, String errorCode,
			String detail, Instant occurredAt) {
		this.notificationId = notificationId;
		this.status = status;
		this.providerStatus = providerStatus;
		this.errorCode = (errorCode == null || errorCode.length() <= 40) ? errorCode : errorCode.substring(0, 40);
		this.detail = (detail == null || detail.length() <= 500) ? detail : detail.substring(0, 500);
		this.occurredAt = occurredAt;
	}

	public UUID notificationId() {
		return this.notificationId;
	}

	public NotificationStatus status() {
		return this.status;
	}

	public String providerStatus() {
		return this.providerStatus;
	}

	public String errorCode() {
		return this.errorCode;
	}

	public String detail() {
		return this.detail;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

}
