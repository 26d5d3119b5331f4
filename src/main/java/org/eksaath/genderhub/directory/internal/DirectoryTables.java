package org.eksaath.genderhub.directory.internal;

import org.springframework.stereotype.Component;

/**
 * The directory's repositories, one per kind, held together for the few classes that use
 * them all.
 */
@Component
class DirectoryTables {

	final StateRepository states;

	final DistrictRepository districts;

	final BlockRepository blocks;

	final HubRepository hubs;

	final ProviderRepository providers;

	final WomensGroupRepository groups;

	final ContactRepository contacts;

	final SaathiRepository saathis;

	DirectoryTables(StateRepository states, DistrictRepository districts, BlockRepository blocks, HubRepository hubs,
			ProviderRepository providers, WomensGroupRepository groups, ContactRepository contacts,
			SaathiRepository saathis) {
		this.states = states;
		this.districts = districts;
		this.blocks = blocks;
		this.hubs = hubs;
		this.providers = providers;
		this.groups = groups;
		this.contacts = contacts;
		this.saathis = saathis;
	}

}
