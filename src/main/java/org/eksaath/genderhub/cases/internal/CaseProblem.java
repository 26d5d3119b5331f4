package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A problem on a case that somebody must look at. */
@Entity
@Table(name = "case_problem")
class CaseProblem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID caseId;

	private Instant raisedAt;

	private String problem;

	private boolean stillOpen;

	protected CaseProblem() {
	}

	CaseProblem(UUID caseId, Instant raisedAt, String problem) {
		this.caseId = caseId;
		this.raisedAt = raisedAt;
		this.problem = (problem.length() > 500) ? problem.substring(0, 500) : problem;
		this.stillOpen = true;
	}

	Instant raisedAt() {
		return this.raisedAt;
	}

	String problem() {
		return this.problem;
	}

	boolean stillOpen() {
		return this.stillOpen;
	}

}
