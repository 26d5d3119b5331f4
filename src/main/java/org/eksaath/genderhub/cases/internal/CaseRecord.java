package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.CaseStatus;
import org.eksaath.genderhub.cases.Consent;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/** A case: what happened where, how urgent, who has it and where it stands. */
@Entity
@Table(name = "case_record")
class CaseRecord {

	@Id
	private UUID id;

	private String reference;

	private String stateCode;

	private String districtCode;

	private String blockCode;

	private String village;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private IncidentType incidentType;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private IncidentSubType subType;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private RiskLevel riskLevel;

	private boolean child;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Consent consentReferral;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Consent consentWomensGroups;

	private String consentRecordedBy;

	private Instant consentRecordedAt;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Tier tier;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private CaseStatus status;

	private String owner;

	private String coordinatorGroup;

	private Long saathiId;

	private int escalationCount;

	private int reminderCount;

	private boolean immediateDangerRaised;

	private Instant openedAt;

	private Instant triagedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected CaseRecord() {
	}

	CaseRecord(UUID id, String reference, PlaceRef place, IncidentType incidentType, IncidentSubType subType,
			RiskLevel riskLevel, boolean child, Long saathiId, String coordinatorGroup, Instant openedAt) {
		this.id = id;
		this.reference = reference;
		this.stateCode = place.stateCode();
		this.districtCode = place.districtCode();
		this.blockCode = place.blockCode();
		this.village = place.village();
		this.incidentType = incidentType;
		this.subType = subType;
		this.riskLevel = riskLevel;
		this.child = child;
		this.saathiId = saathiId;
		this.coordinatorGroup = coordinatorGroup;
		this.consentReferral = Consent.NOT_ASKED;
		this.consentWomensGroups = Consent.NOT_ASKED;
		this.tier = Tier.COMMUNITY;
		this.status = CaseStatus.NEW;
		this.owner = coordinatorGroup;
		this.openedAt = openedAt;
	}

	CaseSnapshot snapshot() {
		return new CaseSnapshot(this.id, this.reference, this.incidentType, this.subType, this.riskLevel, this.child,
				this.tier, place(), this.saathiId);
	}

	PlaceRef place() {
		return new PlaceRef(this.stateCode, this.districtCode, this.blockCode, this.village);
	}

	void classify(IncidentType incidentType, IncidentSubType subType, RiskLevel riskLevel, boolean child,
			Consent consentReferral, Consent consentWomensGroups, String owner, Instant at) {
		this.incidentType = incidentType;
		this.subType = subType;
		this.riskLevel = riskLevel;
		this.child = child;
		this.consentReferral = consentReferral;
		this.consentWomensGroups = consentWomensGroups;
		this.consentRecordedBy = owner;
		this.consentRecordedAt = at;
		this.owner = owner;
		this.triagedAt = at;
		if (this.status != CaseStatus.ESCALATED) {
			this.status = CaseStatus.TRIAGED;
		}
	}

	void escalatedTo(Tier tier, String owner) {
		this.tier = tier;
		this.owner = owner;
		this.status = CaseStatus.ESCALATED;
		this.escalationCount++;
		this.reminderCount = 0;
	}

	int nextReminder() {
		return ++this.reminderCount;
	}

	void handedBackTo(Tier tier, String owner, CaseStatus resumed) {
		this.tier = tier;
		this.owner = owner;
		this.status = resumed;
	}

	void resume(CaseStatus resumed, String owner) {
		this.status = resumed;
		this.owner = owner;
	}

	void status(CaseStatus status) {
		this.status = status;
	}

	void markImmediateDangerRaised() {
		this.immediateDangerRaised = true;
	}

	void resolved(Instant at) {
		this.status = CaseStatus.RESOLVED;
		this.resolvedAt = at;
	}

	void closed(Instant at) {
		this.status = CaseStatus.CLOSED;
		this.closedAt = at;
	}

	UUID id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	IncidentType incidentType() {
		return this.incidentType;
	}

	IncidentSubType subType() {
		return this.subType;
	}

	RiskLevel riskLevel() {
		return this.riskLevel;
	}

	boolean child() {
		return this.child;
	}

	Consent consentReferral() {
		return this.consentReferral;
	}

	Consent consentWomensGroups() {
		return this.consentWomensGroups;
	}

	String consentRecordedBy() {
		return this.consentRecordedBy;
	}

	Instant consentRecordedAt() {
		return this.consentRecordedAt;
	}

	Tier tier() {
		return this.tier;
	}

	CaseStatus status() {
		return this.status;
	}

	String owner() {
		return this.owner;
	}

	Long saathiId() {
		return this.saathiId;
	}

	String coordinatorGroup() {
		return this.coordinatorGroup;
	}

	int escalationCount() {
		return this.escalationCount;
	}

	boolean immediateDangerRaised() {
		return this.immediateDangerRaised;
	}

	boolean triaged() {
		return this.triagedAt != null;
	}

	Instant openedAt() {
		return this.openedAt;
	}

	Instant triagedAt() {
		return this.triagedAt;
	}

	Instant resolvedAt() {
		return this.resolvedAt;
	}

	Instant closedAt() {
		return this.closedAt;
	}

}
