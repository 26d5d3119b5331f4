package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eksaath.genderhub.shared.Tier;

/** One thing that happened to a case: who, what, when, at which tier. */
@Entity
@Table(name = "case_timeline_entry")
class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID caseId;

	private Instant happenedAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Tier tier;

	private String kind;

	private String detail;

	protected TimelineEntry() {
	}

	TimelineEntry(UUID caseId, Instant happenedAt, String actor, Tier tier, String kind, String detail) {
		this.caseId = caseId;
		this.happenedAt = happenedAt;
		this.actor = actor;
		this.tier = tier;
		this.kind = kind;
		this.detail = (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail;
	}

	Long id() {
		return this.id;
	}

	Instant happenedAt() {
		return this.happenedAt;
	}

	String actor() {
		return this.actor;
	}

	Tier tier() {
		return this.tier;
	}

	String kind() {
		return this.kind;
	}

	String detail() {
		return this.detail;
	}

}
