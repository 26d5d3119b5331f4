package org.eksaath.genderhub.cases;

/** The six GBVIMS core incident types, and non-GBV. */
public enum IncidentType {

	RAPE, SEXUAL_ASSAULT, PHYSICAL_ASSAULT, FORCED_MARRIAGE, DENIAL_OF_RESOURCES, PSYCHOLOGICAL_ABUSE, NON_GBV

}
