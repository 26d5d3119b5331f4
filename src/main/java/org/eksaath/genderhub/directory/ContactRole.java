package org.eksaath.genderhub.directory;

/** What a contact does in the response. */
public enum ContactRole {

	HUB_COORDINATOR, DISTRICT_OFFICIAL, STATE_OFFICIAL, PROVIDER_DESK, WOMENS_GROUP, SAATHI

}
