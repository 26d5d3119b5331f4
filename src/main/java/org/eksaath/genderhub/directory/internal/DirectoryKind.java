package org.eksaath.genderhub.directory.internal;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of directory file, in the order they must be imported (each refers only to
 * kinds before it). Every file has a header row with exactly these columns, in any order;
 * the first {@code required} of them must have a value on every row.
 */
enum DirectoryKind {

	STATES("states.csv", List.of("code", "name"), List.of("name_hi", "lgd_code")),

	DISTRICTS("districts.csv", List.of("code", "state_code", "name"), List.of("name_hi", "lgd_code")),

	BLOCKS("blocks.csv", List.of("code", "district_code", "name"), List.of("name_hi", "lgd_code")),

	HUBS("hubs.csv", List.of("code", "name", "tier", "state_code"), List.of("district_code", "block_codes")),

	PROVIDERS("providers.csv", List.of("code", "name", "category", "district_code"),
			List.of("block_codes", "urgent_at_night", "active")),

	WOMENS_GROUPS("womens_groups.csv", List.of("code", "name", "district_code"), List.of("block_codes", "active")),

	CONTACTS("contacts.csv", List.of("phone", "name", "role", "language"),
			List.of("whatsapp", "email", "active", "priority", "hub_code", "provider_code", "womens_group_code")),

	SAATHIS("saathis.csv", List.of("phone", "name", "district_code", "language"),
			List.of("block_code", "whatsapp", "mentor", "partner_org", "active"));

	private final String fileName;

	private final List<String> required;

	private final List<String> optional;

	DirectoryKind(String fileName, List<String> required, List<String> optional) {
		this.fileName = fileName;
		this.required = required;
		this.optional = optional;
	}

	String fileName() {
		return this.fileName;
	}

	List<String> requiredColumns() {
		return this.required;
	}

	List<String> optionalColumns() {
		return this.optional;
	}

	boolean knows(String column) {
		return this.required.contains(column) || this.optional.contains(column);
	}

	/** Reads the path form ("womens-groups") and the enum form ("WOMENS_GROUPS"). */
	static DirectoryKind fromPath(String text) {
		return valueOf(text.trim().replace('-', '_').toUpperCase(Locale.ROOT));
	}

	String pathName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
