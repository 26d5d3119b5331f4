package org.eksaath.genderhub.cases;

/**
 * The case is not in a state that allows the requested action (for example: triage of a
 * case that is already referred). The API answers 409.
 */
public class CaseActionNotAllowed extends RuntimeException {

	public CaseActionNotAllowed(String message) {
		super(message);
	}

}
