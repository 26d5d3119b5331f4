package org.eksaath.genderhub.cases;

/** What the survivor said when asked whether something may be shared. */
public enum Consent {

	GIVEN, REFUSED, NOT_ASKED

}
