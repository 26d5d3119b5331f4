package org.eksaath.genderhub.directory.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.internal.CsvRows.Row;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports one directory CSV file whole or not at all. Every row is checked first; any
 * error rejects the file with all errors found. Rows are matched on their natural key
 * (code, or phone for contacts and Saathis), so importing the same file again changes
 * nothing.
 */
@Service
class DirectoryImporter {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImporter.class);

	private final PhoneNumbers phones;

	private final DirectoryTables tables;

	private final JpaDirectoryLookup lookup;

	DirectoryImporter(DirectoryTables tables, PhoneNumbers phones, JpaDirectoryLookup lookup) {
		this.tables = tables;
		this.phones = phones;
		this.lookup = lookup;
	}

	@Transactional(rollbackFor = Exception.class)
	public ImportResult importCsv(DirectoryKind kind, Reader reader) {
		// What the lookup remembers is out of date once this commits.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				DirectoryImporter.this.lookup.forget();
			}
		});
		CsvRows file = CsvRows.read(kind, reader, this.phones);
		if (!file.readable()) {
			file.rejectIfAnyErrors();
		}
		Counter counter = new Counter(kind);
		switch (kind) {
			case STATES -> importStates(file, counter);
			case DISTRICTS -> importDistricts(file, counter);
			case BLOCKS -> importBlocks(file, counter);
			case HUBS -> importHubs(file, counter);
			case PROVIDERS -> importProviders(file, counter);
			case WOMENS_GROUPS -> importGroups(file, counter);
			case CONTACTS -> importContacts(file, counter);
			case SAATHIS -> importSaathis(file, counter);
		}
		ImportResult result = counter.result();
		log.info("Imported {}: {} created, {} updated, {} unchanged", kind.fileName(), result.created(),
				result.updated(), result.unchanged());
		return result;
	}

	// --- places ---

	private record PlaceRow(Row row, String code, String parent, String name, String nameHi, String lgd) {
	}

	private List<PlaceRow> placeRows(CsvRows file, String parentColumn) {
		List<PlaceRow> parsed = new ArrayList<>();
		for (Row row : file.rows()) {
			parsed.add(new PlaceRow(row, code(row, "code"), (parentColumn != null) ? row.required(parentColumn) : null,
					row.required("name"), row.optional("name_hi"), row.optional("lgd_code")));
		}
		file.checkUnique(parsed, PlaceRow::row, PlaceRow::code, "code");
		return parsed;
	}

	private void importStates(CsvRows file, Counter counter) {
		List<PlaceRow> parsed = placeRows(file, null);
		file.rejectIfAnyErrors();
		for (PlaceRow r : parsed) {
			Optional<State> existing = this.tables.states.findByCode(r.code());
			State state = existing.orElseGet(() -> new State(r.code()));
			counter.count(existing.isEmpty(), state.update(r.name(), r.nameHi(), r.lgd()));
			this.tables.states.save(state);
		}
	}

	private void importDistricts(CsvRows file, Counter counter) {
		List<PlaceRow> parsed = placeRows(file, "state_code");
		Lookup<State> stateByCode = new Lookup<>(this.tables.states::findByCode);
		List<State> parents = new ArrayList<>();
		for (PlaceRow r : parsed) {
			parents.add(stateByCode.find(r.row(), "state_code", r.parent(), "state"));
		}
		file.rejectIfAnyErrors();
		for (int i = 0; i < parsed.size(); i++) {
			PlaceRow r = parsed.get(i);
			Optional<District> existing = this.tables.districts.findByCode(r.code());
			District district = existing.orElseGet(() -> new District(r.code()));
			counter.count(existing.isEmpty(), district.update(parents.get(i), r.name(), r.nameHi(), r.lgd()));
			this.tables.districts.save(district);
		}
	}

	private void importBlocks(CsvRows file, Counter counter) {
		List<PlaceRow> parsed = placeRows(file, "district_code");
		Lookup<District> districtByCode = new Lookup<>(this.tables.districts::findByCode);
		List<District> parents = new ArrayList<>();
		for (PlaceRow r : parsed) {
			parents.add(districtByCode.find(r.row(), "district_code", r.parent(), "district"));
		}
		file.rejectIfAnyErrors();
		for (int i = 0; i < parsed.size(); i++) {
			PlaceRow r = parsed.get(i);
			Optional<Block> existing = this.tables.blocks.findByCode(r.code());
			Block block = existing.orElseGet(() -> new Block(r.code()));
			counter.count(existing.isEmpty(), block.update(parents.get(i), r.name(), r.nameHi(), r.lgd()));
			this.tables.blocks.save(block);
		}
	}

	// --- hubs, providers, women's groups ---

	private record HubRow(Row row, String code, String name, Tier tier, State state, District district,
			Set<Block> blocks) {
	}

	private void importHubs(CsvRows file, Counter counter) {
		Lookup<State> stateByCode = new Lookup<>(this.tables.states::findByCode);
		Lookup<District> districtByCode = new Lookup<>(this.tables.districts::findByCode);
		Lookup<Block> blockByCode = new Lookup<>(this.tables.blocks::findByCode);
		List<HubRow> parsed = new ArrayList<>();
		for (Row row : file.rows()) {
			String code = code(row, "code");
			String name = row.required("name");
			Tier tier = row.enumValue("tier", Tier.class, true);
			State state = stateByCode.find(row, "state_code", row.required("state_code"), "state");
			String districtCode = row.optional("district_code");
			District district = (districtCode != null)
					? districtByCode.find(row, "district_code", districtCode, "district") : null;
			if (district != null && state != null && district.state != state) {
				row.error("district_code", "district '" + districtCode + "' is not in state '" + state.code + "'");
			}
			List<String> blockCodes = row.codes("block_codes");
			if (tier == Tier.STATE && districtCode != null) {
				row.error("district_code", "a STATE hub covers the whole state: leave district_code empty");
			}
			if (tier != null && tier != Tier.STATE && districtCode == null) {
				row.error("district_code", "a " + tier + " hub needs its district");
			}
			if (tier != null && tier != Tier.COMMUNITY && !blockCodes.isEmpty()) {
				row.error("block_codes", "only a COMMUNITY hub covers blocks");
			}
			Set<Block> blocks = blocksIn(row, blockCodes, district, blockByCode);
			parsed.add(new HubRow(row, code, name, tier, state, district, blocks));
		}
		file.checkUnique(parsed, HubRow::row, HubRow::code, "code");
		file.rejectIfAnyErrors();
		for (HubRow r : parsed) {
			Optional<Hub> existing = this.tables.hubs.findByCode(r.code());
			Hub hub = existing.orElseGet(() -> new Hub(r.code()));
			counter.count(existing.isEmpty(), hub.update(r.name(), r.tier(), r.state(), r.district(), r.blocks()));
			this.tables.hubs.save(hub);
		}
	}

	private record ProviderRow(Row row, String code, String name, ProviderCategory category, District district,
			Set<Block> blocks, boolean urgentAtNight, boolean active) {
	}

	private void importProviders(CsvRows file, Counter counter) {
		Lookup<District> districtByCode = new Lookup<>(this.tables.districts::findByCode);
		Lookup<Block> blockByCode = new Lookup<>(this.tables.blocks::findByCode);
		List<ProviderRow> parsed = new ArrayList<>();
		for (Row row : file.rows()) {
			String code = code(row, "code");
			String name = row.required("name");
			ProviderCategory category = row.enumValue("category", ProviderCategory.class, true);
			District district = districtByCode.find(row, "district_code", row.required("district_code"), "district");
			Set<Block> blocks = blocksIn(row, row.codes("block_codes"), district, blockByCode);
			parsed.add(new ProviderRow(row, code, name, category, district, blocks, row.bool("urgent_at_night", false),
					row.bool("active", true)));
		}
		file.checkUnique(parsed, ProviderRow::row, ProviderRow::code, "code");
		file.rejectIfAnyErrors();
		for (ProviderRow r : parsed) {
			Optional<Provider> existing = this.tables.providers.findByCode(r.code());
			Provider provider = existing.orElseGet(() -> new Provider(r.code()));
			counter.count(existing.isEmpty(),
					provider.update(r.name(), r.category(), r.district(), r.blocks(), r.urgentAtNight(), r.active()));
			this.tables.providers.save(provider);
		}
	}

	private record GroupRow(Row row, String code, String name, District district, Set<Block> blocks, boolean active) {
	}

	private void importGroups(CsvRows file, Counter counter) {
		Lookup<District> districtByCode = new Lookup<>(this.tables.districts::findByCode);
		Lookup<Block> blockByCode = new Lookup<>(this.tables.blocks::findByCode);
		List<GroupRow> parsed = new ArrayList<>();
		for (Row row : file.rows()) {
			String code = code(row, "code");
			String name = row.required("name");
			District district = districtByCode.find(row, "district_code", row.required("district_code"), "district");
			Set<Block> blocks = blocksIn(row, row.codes("block_codes"), district, blockByCode);
			parsed.add(new GroupRow(row, code, name, district, blocks, row.bool("active", true)));
		}
		file.checkUnique(parsed, GroupRow::row, GroupRow::code, "code");
		file.rejectIfAnyErrors();
		for (GroupRow r : parsed) {
			Optional<WomensGroup> existing = this.tables.groups.findByCode(r.code());
			WomensGroup group = existing.orElseGet(() -> new WomensGroup(r.code()));
			counter.count(existing.isEmpty(), group.update(r.name(), r.district(), r.blocks(), r.active()));
			this.tables.groups.save(group);
		}
	}

	// --- people ---

	private record ContactLine(Row row, String phone, Contact.ContactRow data, Hub hub, Provider provider,
			WomensGroup group) {
	}

	private void importContacts(CsvRows file, Counter counter) {
		Lookup<Hub> hubByCode = new Lookup<>(this.tables.hubs::findByCode);
		Lookup<Provider> providerByCode = new Lookup<>(this.tables.providers::findByCode);
		Lookup<WomensGroup> groupByCode = new Lookup<>(this.tables.groups::findByCode);
		List<ContactLine> parsed = new ArrayList<>();
		for (Row row : file.rows()) {
			String phone = row.phone("phone", true);
			String name = row.required("name");
			ContactRole role = row.enumValue("role", ContactRole.class, true);
			Language language = row.language("language");
			String whatsapp = row.phone("whatsapp", false);
			String email = row.email("email");
			boolean active = row.bool("active", true);
			int priority = row.integer("priority", 1);
			String hubCode = row.optional("hub_code");
			String providerCode = row.optional("provider_code");
			String groupCode = row.optional("womens_group_code");
			Hub hub = (hubCode != null) ? hubByCode.find(row, "hub_code", hubCode, "hub") : null;
			Provider provider = (providerCode != null)
					? providerByCode.find(row, "provider_code", providerCode, "provider") : null;
			WomensGroup group = (groupCode != null)
					? groupByCode.find(row, "womens_group_code", groupCode, "women's group") : null;
			if (role != null) {
				checkBelongs(row, role, hubCode, providerCode, groupCode, hub);
			}
			parsed.add(new ContactLine(row, phone,
					new Contact.ContactRow(name, role, whatsapp, email, language, active, priority), hub, provider,
					group));
		}
		file.checkUnique(parsed.stream().filter(c -> c.phone() != null).toList(), ContactLine::row, ContactLine::phone,
				"phone");
		file.rejectIfAnyErrors();
		for (ContactLine c : parsed) {
			Optional<Contact> existing = this.tables.contacts.findByPhone(c.phone());
			Contact contact = existing.orElseGet(() -> new Contact(c.phone()));
			counter.count(existing.isEmpty(), contact.update(c.data(), c.hub(), c.provider(), c.group()));
			this.tables.contacts.save(contact);
		}
	}

	/** A contact belongs to exactly the kind of desk its role says. */
	private static void checkBelongs(Row row, ContactRole role, String hubCode, String providerCode, String groupCode,
			Hub hub) {
		String wanted = switch (role) {
			case HUB_COORDINATOR, DISTRICT_OFFICIAL, STATE_OFFICIAL -> "hub_code";
			case PROVIDER_DESK -> "provider_code";
			case WOMENS_GROUP -> "womens_group_code";
			case SAATHI -> null;
		};
		int given = ((hubCode != null) ? 1 : 0) + ((providerCode != null) ? 1 : 0) + ((groupCode != null) ? 1 : 0);
		String givenValue = switch (String.valueOf(wanted)) {
			case "hub_code" -> hubCode;
			case "provider_code" -> providerCode;
			case "womens_group_code" -> groupCode;
			default -> null;
		};
		if (wanted != null && (givenValue == null || given != 1)) {
			row.error(wanted, "a " + role + " needs " + wanted + " and no other desk column");
			return;
		}
		if (wanted == null && given != 0) {
			row.error("role", "a SAATHI contact belongs to no desk");
			return;
		}
		Tier expected = switch (role) {
			case HUB_COORDINATOR -> Tier.COMMUNITY;
			case DISTRICT_OFFICIAL -> Tier.DISTRICT;
			case STATE_OFFICIAL -> Tier.STATE;
			default -> null;
		};
		if (expected != null && hub != null && hub.tier != expected) {
			row.error("hub_code",
					"a " + role + " belongs to a " + expected + " hub, '" + hub.code + "' is " + hub.tier);
		}
	}

	private record SaathiLine(Row row, String phone, String name, String whatsapp, Language language, District district,
			Block block, String mentor, String partnerOrg, boolean active) {
	}

	private void importSaathis(CsvRows file, Counter counter) {
		Lookup<District> districtByCode = new Lookup<>(this.tables.districts::findByCode);
		Lookup<Block> blockByCode = new Lookup<>(this.tables.blocks::findByCode);
		List<SaathiLine> parsed = new ArrayList<>();
		for (Row row : file.rows()) {
			String phone = row.phone("phone", true);
			String name = row.required("name");
			Language language = row.language("language");
			District district = districtByCode.find(row, "district_code", row.required("district_code"), "district");
			String blockCode = row.optional("block_code");
			Set<Block> block = blocksIn(row, (blockCode != null) ? List.of(blockCode) : List.of(), district,
					blockByCode);
			parsed.add(new SaathiLine(row, phone, name, row.phone("whatsapp", false), language, district,
					block.isEmpty() ? null : block.iterator().next(), row.optional("mentor"),
					row.optional("partner_org"), row.bool("active", true)));
		}
		file.checkUnique(parsed.stream().filter(s -> s.phone() != null).toList(), SaathiLine::row, SaathiLine::phone,
				"phone");
		file.rejectIfAnyErrors();
		for (SaathiLine s : parsed) {
			Optional<Saathi> existing = this.tables.saathis.findByPhone(s.phone());
			Saathi saathi = existing.orElseGet(() -> new Saathi(s.phone()));
			counter.count(existing.isEmpty(), saathi.update(s.name(), s.whatsapp(), s.language(), s.district(),
					s.block(), s.mentor(), s.partnerOrg(), s.active()));
			this.tables.saathis.save(saathi);
		}
	}

	// --- helpers ---

	private static String code(Row row, String column) {
		String code = row.required(column);
		if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
			row.error(column, "'" + code + "' may hold only letters, digits, '-', '_' and '.'");
		}
		return code;
	}

	private static Set<Block> blocksIn(Row row, List<String> codes, District district, Lookup<Block> blockByCode) {
		Set<Block> result = new LinkedHashSet<>();
		String column = row.optional("block_codes") != null || codes.isEmpty() ? "block_codes" : "block_code";
		for (String code : codes) {
			Block block = blockByCode.find(row, column, code, "block");
			if (block == null) {
				continue;
			}
			if (district != null && !block.district.id.equals(district.id)) {
				row.error(column, "block '" + code + "' is not in district '" + district.code + "'");
			}
			result.add(block);
		}
		return result;
	}

	/**
	 * Finds referenced rows by code once per file and reports unknown ones on the row.
	 */
	private static final class Lookup<T> {

		private final Function<String, Optional<T>> finder;

		private final Map<String, Optional<T>> cache = new HashMap<>();

		Lookup(Function<String, Optional<T>> finder) {
			this.finder = finder;
		}

		T find(Row row, String column, String code, String what) {
			if (code == null) {
				return null;
			}
			Optional<T> found = this.cache.computeIfAbsent(code, this.finder);
			if (found.isEmpty()) {
				row.error(column, "unknown " + what + " '" + code + "'");
				return null;
			}
			return found.get();
		}

	}

	private static final class Counter {

		private final DirectoryKind kind;

		private int created;

		private int updated;

		private int unchanged;

		Counter(DirectoryKind kind) {
			this.kind = kind;
		}

		void count(boolean isNew, boolean changed) {
			if (isNew) {
				this.created++;
			}
			else if (changed) {
				this.updated++;
			}
			else {
				this.unchanged++;
			}
		}

		ImportResult result() {
			return new ImportResult(this.kind, this.created, this.updated, this.unchanged);
		}

	}

}
