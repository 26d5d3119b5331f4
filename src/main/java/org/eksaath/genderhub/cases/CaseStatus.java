package org.eksaath.genderhub.cases;

/** Where a case stands in its lifecycle. */
public enum CaseStatus {

	NEW, TRIAGED, REFERRED, IN_PROGRESS, ESCALATED, RESOLVED, CLOSED

}
