package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eksaath.genderhub.security.EncryptedIntegerConverter;
import org.eksaath.genderhub.security.EncryptedStringConverter;

/**
 * Optional, minimal details about the survivor, in their own table, encrypted field by
 * field (AES-GCM, see security) and read only through the audited, jurisdiction-checked
 * API. Never copied into process variables, events or logs.
 */
@Entity
@Table(name = "case_survivor")
class SurvivorDetails {

	static final String TABLE = "case_survivor";

	@Id
	private UUID caseId;

	@Convert(converter = EncryptedStringConverter.class)
	private String displayName;

	@Convert(converter = EncryptedStringConverter.class)
	private String phone;

	@Convert(converter = EncryptedIntegerConverter.class)
	private Integer age;

	@Convert(converter = EncryptedStringConverter.class)
	private String address;

	@Convert(converter = EncryptedStringConverter.class)
	private String notes;

	private Instant anonymisedAt;

	protected SurvivorDetails() {
	}

	SurvivorDetails(UUID caseId, String displayName, String phone, Integer age, String address, String notes) {
		this.caseId = caseId;
		this.displayName = displayName;
		this.phone = phone;
		this.age = age;
		this.address = address;
		this.notes = notes;
	}

	/** Removes everything that could identify her (retention; DPDP Act). */
	void anonymise(Instant at) {
		this.displayName = null;
		this.phone = null;
		this.age = null;
		this.address = null;
		this.notes = null;
		this.anonymisedAt = at;
	}

	UUID caseId() {
		return this.caseId;
	}

	String displayName() {
		return this.displayName;
	}

	String phone() {
		return this.phone;
	}

	Integer age() {
		return this.age;
	}

	String address() {
		return this.address;
	}

	String notes() {
		return this.notes;
	}

	Instant anonymisedAt() {
		return this.anonymisedAt;
	}

	@Override
	public String toString() {
		return "SurvivorDetails[case=" + this.caseId + "]";
	}

}
