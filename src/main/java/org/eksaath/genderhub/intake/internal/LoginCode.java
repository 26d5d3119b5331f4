package org.eksaath.genderhub.intake.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eksaath.genderhub.shared.TimeOrderedIds;

/** A one-time code for the web form, kept as a hash; works once, briefly. */
@Entity
@Table(name = "intake_login_code")
class LoginCode {

	@Id
	private UUID id;

	private long saathiId;

	private String codeHash;

	private Instant createdAt;

	private Instant expiresAt;

	private int attempts;

	private boolean used;

	protected LoginCode() {
	}

	LoginCode(long saathiId, String codeHash, Instant createdAt, Instant expiresAt) {
		this.id = TimeOrderedIds.next();
		this.saathiId = saathiId;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	long saathiId() {
		return this.saathiId;
	}

	String codeHash() {
		return this.codeHash;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	int attempts() {
		return this.attempts;
	}

	boolean used() {
		return this.used;
	}

	void attempt() {
		this.attempts++;
	}

	void use() {
		this.used = true;
	}

}
