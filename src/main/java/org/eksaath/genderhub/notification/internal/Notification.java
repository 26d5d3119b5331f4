package org.eksaath.genderhub.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.TimeOrderedIds;
import org.hibernate.annotations.JdbcTypeCode;
import org.springframework.data.domain.Persistable;
import org.hibernate.type.SqlTypes;

/**
 * One message to one recipient on one channel from one template: a row of the outbox.
 * Carries no survivor data, only what the case snapshot may say.
 */
@Entity
@Table(name = "notification")
public class Notification implements Persistable<UUID> {

	@Id
	private UUID id;

	/**
	 * True until stored or loaded: the id is assigned here, so without this a save would
	 * first look for the row (a merge) before inserting it.
	 */
	@Transient
	private boolean fresh = true;

	@Column(name = "idempotency_key", nullable = false, updatable = false)
	private String idempotencyKey;

	@Column(name = "decision_key", nullable = false, updatable = false)
	private String decisionKey;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "case_reference", nullable = false, updatable = false)
	private String caseReference;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private TemplateKey template;

	@Column(name = "case_facts", nullable = false, updatable = false)
	private String caseFacts;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "recipient_kind", nullable = false, updatable = false)
	private RecipientKind recipientKind;

	@Column(name = "recipient_id", nullable = false, updatable = false)
	private long recipientId;

	@Column(name = "recipient_group", nullable = false, updatable = false)
	private String recipientGroup;

	@Column(nullable = false, updatable = false)
	private String address;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private Language language;

	private String subject;

	@Column(nullable = false)
	private String body;

	@Column(name = "html_body")
	private String htmlBody;

	@Column(name = "sms_segments")
	private Integer smsSegments;

	@Column(name = "dlt_template_id")
	private String dltTemplateId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private NotificationStatus status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "claimed_until")
	private Instant claimedUntil;

	@Column(name = "provider_message_id")
	private String providerMessageId;

	@Column(name = "provider_status")
	private String providerStatus;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@Column(name = "fallback_due_at")
	private Instant fallbackDueAt;

	@Column(name = "fallback_done", nullable = false)
	private boolean fallbackDone;

	@Column(name = "fallback_of")
	private UUID fallbackOf;

	protected Notification() {
	}

	Notification(String idempotencyKey, String decisionKey, UUID caseId, String caseReference, TemplateKey template,
			String caseFacts, Channel channel, Recipient recipient, String recipientGroup, String address,
			RenderedMessage message, String dltTemplateId, UUID fallbackOf, Instant now) {
		this.id = TimeOrderedIds.next();
		this.idempotencyKey = idempotencyKey;
		this.decisionKey = decisionKey;
		this.caseId = caseId;
		this.caseReference = caseReference;
		this.template = template;
		this.caseFacts = caseFacts;
		this.channel = channel;
		this.recipientKind = recipient.kind();
		this.recipientId = recipient.id();
		this.recipientGroup = recipientGroup;
		this.address = address;
		this.language = recipient.language();
		this.subject = message.subject();
		this.body = message.text();
		this.htmlBody = message.html();
		this.smsSegments = message.smsSegments();
		this.dltTemplateId = dltTemplateId;
		this.status = NotificationStatus.QUEUED;
		this.attempts = 0;
		this.nextAttemptAt = now;
		this.createdAt = now;
		this.fallbackDone = false;
		this.fallbackOf = fallbackOf;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	public UUID id() {
		return this.id;
	}

	public String idempotencyKey() {
		return this.idempotencyKey;
	}

	public String decisionKey() {
		return this.decisionKey;
	}

	public UUID caseId() {
		return this.caseId;
	}

	public String caseReference() {
		return this.caseReference;
	}

	public TemplateKey template() {
		return this.template;
	}

	public String caseFacts() {
		return this.caseFacts;
	}

	public Channel channel() {
		return this.channel;
	}

	public RecipientKind recipientKind() {
		return this.recipientKind;
	}

	public long recipientId() {
		return this.recipientId;
	}

	public String recipientGroup() {
		return this.recipientGroup;
	}

	public String address() {
		return this.address;
	}

	public Language language() {
		return this.language;
	}

	public String subject() {
		return this.subject;
	}

	public String body() {
		return this.body;
	}

	public String htmlBody() {
		return this.htmlBody;
	}

	public Integer smsSegments() {
		return this.smsSegments;
	}

	public String dltTemplateId() {
		return this.dltTemplateId;
	}

	public NotificationStatus status() {
		return this.status;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String claimedBy() {
		return this.claimedBy;
	}

	public String providerMessageId() {
		return this.providerMessageId;
	}

	public String providerStatus() {
		return this.providerStatus;
	}

	public String lastError() {
		return this.lastError;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public Instant deliveredAt() {
		return this.deliveredAt;
	}

	public Instant fallbackDueAt() {
		return this.fallbackDueAt;
	}

	public boolean fallbackDone() {
		return this.fallbackDone;
	}

	public UUID fallbackOf() {
		return this.fallbackOf;
	}

	/** Whether the recipient got it: delivered, or an email the mail server accepted. */
	boolean reached() {
		return this.status == NotificationStatus.DELIVERED
				|| (this.channel == Channel.EMAIL && this.status == NotificationStatus.SENT);
	}

	/** Whether it may still reach the recipient without anything else being tried. */
	boolean stillUnderway() {
		return switch (this.status) {
			case QUEUED, SENDING -> true;
			case SENT -> this.channel.reportsDelivery() && !this.fallbackDone;
			default -> false;
		};
	}

	/** Applies a provider's delivery report; a final status is never taken back. */
	boolean applyProviderStatus(NotificationStatus newStatus, String providerStatus, String error, Instant now) {
		this.providerStatus = providerStatus;
		if (this.status == NotificationStatus.DELIVERED || this.status == newStatus) {
			return false;
		}
		if (this.status.isFinal() && newStatus != NotificationStatus.DELIVERED) {
			return false;
		}
		if (newStatus == NotificationStatus.SENT || newStatus == NotificationStatus.QUEUED
				|| newStatus == NotificationStatus.SENDING) {
			return false;
		}
		this.status = newStatus;
		if (newStatus == NotificationStatus.DELIVERED) {
			this.deliveredAt = now;
		}
		else {
			this.lastError = error;
		}
		return true;
	}

	void markFallbackDone() {
		this.fallbackDone = true;
	}

}
