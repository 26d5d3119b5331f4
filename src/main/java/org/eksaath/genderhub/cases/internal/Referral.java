package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eksaath.genderhub.shared.TimeOrderedIds;

/** A case sent to one provider, who must acknowledge it by a deadline. */
@Entity
@Table(name = "case_referral")
class Referral {

	@Id
	private UUID id;

	private UUID caseId;

	private long providerId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReferralStatus status;

	private Instant requestedAt;

	private Instant acknowledgeBy;

	private Instant answeredAt;

	private String note;

	@Version
	private long version;

	protected Referral() {
	}

	Referral(UUID caseId, long providerId, Instant requestedAt, Instant acknowledgeBy) {
		this.id = TimeOrderedIds.next();
		this.caseId = caseId;
		this.providerId = providerId;
		this.status = ReferralStatus.REQUESTED;
		this.requestedAt = requestedAt;
		this.acknowledgeBy = acknowledgeBy;
	}

	void answer(ReferralStatus status, Instant at, String note) {
		this.status = status;
		this.answeredAt = at;
		this.note = note;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	long providerId() {
		return this.providerId;
	}

	ReferralStatus status() {
		return this.status;
	}

	Instant requestedAt() {
		return this.requestedAt;
	}

	Instant acknowledgeBy() {
		return this.acknowledgeBy;
	}

	Instant answeredAt() {
		return this.answeredAt;
	}

	String note() {
		return this.note;
	}

}
