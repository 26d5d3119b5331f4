package org.eksaath.genderhub.intake.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eksaath.genderhub.security.EncryptedStringConverter;

/**
 * An alert as it arrived. The raw text may hold survivor details: it is encrypted at
 * rest, shown to the coordinators of the alert's hub (every read audited) and never
 * logged, copied into events or process variables.
 */
@Entity
@Table(name = "intake_alert")
class Alert {

	static final int MAX_TEXT = 2000;

	/** What an alert's text reads once the retention period has removed it. */
	static final String REMOVED_TEXT = "[text removed after the retention period]";

	/**
	 * Room for {@link #MAX_TEXT} UTF-16 units encrypted: at most three UTF-8 bytes each,
	 * in Base64, with the cipher's prefix, nonce and tag.
	 */
	static final int STORED_TEXT = 8200;

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private AlertChannel channel;

	private String senderPhone;

	private String apiKeyId;

	private String externalId;

	@Column(length = STORED_TEXT)
	@Convert(converter = EncryptedStringConverter.class)
	private String rawText;

	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	private AlertStatus status;

	private String kind;

	private String placeKey;

	/**
	 * The community hub whose coordinators see this alert, or null when none is known.
	 */
	private String hubCode;

	/** When its case was closed: the retention period of its text runs from then. */
	private Instant caseClosedAt;

	/** When its text was removed after the retention period, or null. */
	private Instant textRemovedAt;

	private UUID caseId;

	private String caseReference;

	private String error;

	private Instant processedAt;

	@Version
	private Long version;

	protected Alert() {
	}

	Alert(UUID id, AlertChannel channel, String senderPhone, String apiKeyId, String externalId, String rawText,
			Instant receivedAt) {
		this.id = id;
		this.channel = channel;
		this.senderPhone = senderPhone;
		this.apiKeyId = apiKeyId;
		this.externalId = externalId;
		this.rawText = rawText;
		this.receivedAt = receivedAt;
		this.status = AlertStatus.RECEIVED;
	}

	void outcome(AlertStatus status, String kind, UUID caseId, String caseReference, String error, Instant at) {
		this.status = status;
		this.kind = kind;
		this.caseId = caseId;
		this.caseReference = caseReference;
		this.error = (error == null || error.length() <= 500) ? error : error.substring(0, 500);
		this.processedAt = at;
	}

	void placeKey(String placeKey) {
		this.placeKey = placeKey;
	}

	/** Removes the text after the retention period; the rest of the record stays. */
	void removeText(Instant at) {
		this.rawText = REMOVED_TEXT;
		this.textRemovedAt = at;
	}

	void hubCode(String hubCode) {
		this.hubCode = hubCode;
	}

	UUID id() {
		return this.id;
	}

	AlertChannel channel() {
		return this.channel;
	}

	String senderPhone() {
		return this.senderPhone;
	}

	String apiKeyId() {
		return this.apiKeyId;
	}

	String externalId() {
		return this.externalId;
	}

	String rawText() {
		return this.rawText;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	AlertStatus status() {
		return this.status;
	}

	String kind() {
		return this.kind;
	}

	String placeKey() {
		return this.placeKey;
	}

	UUID caseId() {
		return this.caseId;
	}

	String caseReference() {
		return this.caseReference;
	}

	String error() {
		return this.error;
	}

	Instant processedAt() {
		return this.processedAt;
	}

}
