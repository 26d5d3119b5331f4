package org.eksaath.genderhub.cases.internal;

/** Input that is well-formed but wrong, naming the field. The API answers 400. */
class InvalidCaseInput extends RuntimeException {

	private final String field;

	InvalidCaseInput(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
