package org.eksaath.genderhub.security.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eksaath.genderhub.security.Role;

/** A staff member who may sign in: a bcrypt hash, never a password. */
@Entity
@Table(name = "staff_account")
class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Role role;

	private String jurisdiction;

	private Long contactId;

	private boolean enabled;

	private Instant createdAt;

	protected StaffAccount() {
	}

	StaffAccount(String username, String passwordHash, Role role, String jurisdiction, Long contactId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.jurisdiction = jurisdiction;
		this.contactId = contactId;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Role role() {
		return this.role;
	}

	String jurisdiction() {
		return this.jurisdiction;
	}

	boolean enabled() {
		return this.enabled;
	}

}
