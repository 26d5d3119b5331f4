package org.eksaath.genderhub.cases;

/** How urgent a case is. Drives the SLA policy. */
public enum RiskLevel {

	IMMEDIATE_DANGER, HIGH, MEDIUM, LOW

}
