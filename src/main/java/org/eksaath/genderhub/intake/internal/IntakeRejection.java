package org.eksaath.genderhub.intake.internal;

import org.springframework.http.HttpStatus;

/**
 * A request the intake paths refuse before anything is stored: bad key or signature
 * (401/403), too many requests (429), too large (413), malformed (400).
 */
class IntakeRejection extends RuntimeException {

	private final HttpStatus status;

	IntakeRejection(HttpStatus status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
