package org.eksaath.genderhub.cases;

/** India-specific sub-types, each under one core GBVIMS type. */
public enum IncidentSubType {

	DOMESTIC_VIOLENCE(IncidentType.PHYSICAL_ASSAULT), DOWRY_HARASSMENT(IncidentType.PSYCHOLOGICAL_ABUSE),
	CHILD_MARRIAGE(IncidentType.FORCED_MARRIAGE), TRAFFICKING(IncidentType.SEXUAL_ASSAULT),
	ACID_ATTACK(IncidentType.PHYSICAL_ASSAULT), HONOUR_BASED_VIOLENCE(IncidentType.PHYSICAL_ASSAULT),
	ONLINE_HARASSMENT(IncidentType.PSYCHOLOGICAL_ABUSE), SEXUAL_HARASSMENT(IncidentType.SEXUAL_ASSAULT),
	STALKING(IncidentType.PSYCHOLOGICAL_ABUSE), WITCH_HUNTING(IncidentType.PHYSICAL_ASSAULT),
	DENIAL_OF_EDUCATION_OR_FOOD(IncidentType.DENIAL_OF_RESOURCES);

	private final IncidentType coreType;

	IncidentSubType(IncidentType coreType) {
		this.coreType = coreType;
	}

	public IncidentType coreType() {
		return this.coreType;
	}

}
