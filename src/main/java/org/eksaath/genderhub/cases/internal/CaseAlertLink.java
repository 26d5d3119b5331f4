package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An alert a case came from, by the intake module's id and the raw source reference. */
@Entity
@Table(name = "case_alert")
class CaseAlertLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID caseId;

	private String alertId;

	private String sourceRef;

	private Instant receivedAt;

	protected CaseAlertLink() {
	}

	CaseAlertLink(UUID caseId, String alertId, String sourceRef, Instant receivedAt) {
		this.caseId = caseId;
		this.alertId = alertId;
		this.sourceRef = sourceRef;
		this.receivedAt = receivedAt;
	}

	UUID caseId() {
		return this.caseId;
	}

	String alertId() {
		return this.alertId;
	}

	String sourceRef() {
		return this.sourceRef;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

}
