package org.eksaath.genderhub.cases.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Optional, minimal details about the survivor, in their own table so that they can be
 * encrypted and access-controlled. Never copied into process variables, events or logs.
 */
@Entity
@Table(name = "case_survivor")
class SurvivorDetails {

	@Id
	private UUID caseId;

	private String displayName;

	private String phone;

	private Integer age;

	private String notes;

	protected SurvivorDetails() {
	}

	SurvivorDetails(UUID caseId, String displayName, String phone, Integer age, String notes) {
		this.caseId = caseId;
		this.displayName = displayName;
		this.phone = phone;
		this.age = age;
		this.notes = notes;
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

	String notes() {
		return this.notes;
	}

	@Override
	public String toString() {
		return "SurvivorDetails[case=" + this.caseId + "]";
	}

}
