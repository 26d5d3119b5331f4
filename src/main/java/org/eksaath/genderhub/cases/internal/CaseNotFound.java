package org.eksaath.genderhub.cases.internal;

/** No case with that id or reference. The API answers 404. */
class CaseNotFound extends RuntimeException {

	CaseNotFound(String idOrReference) {
		super("no case " + idOrReference);
	}

}
