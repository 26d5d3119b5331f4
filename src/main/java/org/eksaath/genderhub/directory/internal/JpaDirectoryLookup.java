package org.eksaath.genderhub.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.HubView;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.ProviderView;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers who is who from the directory tables. The directory changes only by import, so
 * answers are kept in memory: an import on this node forgets them when its transaction
 * ends, and every answer is read again after {@link #CACHE_TTL_MILLIS} at most (an import
 * on another node of a cluster shows here within that time).
 */
@Service
class JpaDirectoryLookup implements DirectoryLookup {

	/**
	 * How long an answer (or the list of place names) is reused before it is read again.
	 */
	static final long CACHE_TTL_MILLIS = 30_000;

	/** Unknown phones are looked up too; a flood of them must not fill the memory. */
	static final int CACHE_MAX_ENTRIES = 20_000;

	private final PhoneNumbers phoneNumbers;

	private final DirectoryTables tables;

	private final TransactionTemplate readOnly;

	private final Map<List<Object>, Object> answers = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private volatile long answersSince = System.currentTimeMillis();

	JpaDirectoryLookup(DirectoryTables tables, PhoneNumbers phoneNumbers, PlatformTransactionManager transactions) {
		this.tables = tables;
		this.phoneNumbers = phoneNumbers;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Forgets every answer; the directory has changed (or may have). */
	void forget() {
		this.generation.incrementAndGet();
		this.answers.clear();
		this.placeNames = null;
		this.answersSince = System.currentTimeMillis();
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(Supplier<T> load, Object... key) {
		long now = System.currentTimeMillis();
		if (now - this.answersSince > CACHE_TTL_MILLIS || this.answers.size() > CACHE_MAX_ENTRIES) {
			forget();
		}
		List<Object> k = Arrays.asList(key);
		Object known = this.answers.get(k);
		if (known != null) {
			return (T) known;
		}
		long before = this.generation.get();
		T answer = this.readOnly.execute((status) -> load.get());
		// An import that ended while this was read may have made the answer stale.
		if (answer != null && this.generation.get() == before) {
			this.answers.put(k, answer);
		}
		return answer;
	}

	@Override
	public Optional<HubView> hubFor(Tier tier, String stateCode, String districtCode, String blockCode) {
		return cached(() -> findHub(tier, stateCode, districtCode, blockCode).map(Hub::view), "hubFor", tier, stateCode,
				districtCode, blockCode);
	}

	private Optional<Hub> findHub(Tier tier, String stateCode, String districtCode, String blockCode) {
		return switch (tier) {
			case COMMUNITY -> {
				if (blockCode != null) {
					List<Hub> covering = this.tables.hubs.findByTierCoveringBlock(Tier.COMMUNITY, blockCode);
					if (!covering.isEmpty()) {
						yield Optional.of(covering.get(0));
					}
				}
				yield first(this.tables.hubs.findByTierAndDistrictCodeOrderById(Tier.COMMUNITY, districtCode));
			}
			case DISTRICT -> first(this.tables.hubs.findByTierAndDistrictCodeOrderById(Tier.DISTRICT, districtCode));
			case STATE -> first(this.tables.hubs.findByTierAndStateCodeOrderById(Tier.STATE, stateCode));
		};
	}

	private static <T> Optional<T> first(List<T> list) {
		return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
	}

	@Override
	public List<ContactView> hubContacts(long hubId) {
		return cached(() -> views(this.tables.contacts.findByHubIdAndActiveTrueOrderByPriorityAscIdAsc(hubId)),
				"hubContacts", hubId);
	}

	@Override
	public List<ContactView> responders(Tier tier, String stateCode, String districtCode, String blockCode) {
		ContactRole role = switch (tier) {
			case COMMUNITY -> ContactRole.HUB_COORDINATOR;
			case DISTRICT -> ContactRole.DISTRICT_OFFICIAL;
			case STATE -> ContactRole.STATE_OFFICIAL;
		};
		return cached(() -> findHub(tier, stateCode, districtCode, blockCode).map(
				hub -> views(this.tables.contacts.findByHubIdAndRoleAndActiveTrueOrderByPriorityAscIdAsc(hub.id, role)))
			.orElse(List.of()), "responders", tier, stateCode, districtCode, blockCode);
	}

	@Override
	public List<ProviderView> providersServing(String districtCode, String blockCode,
			Collection<ProviderCategory> categories) {
		if (categories.isEmpty()) {
			return List.of();
		}
		return cached(() -> readProvidersServing(districtCode, blockCode, categories), "providersServing", districtCode,
				blockCode, List.copyOf(new java.util.TreeSet<>(categories)));
	}

	private List<ProviderView> readProvidersServing(String districtCode, String blockCode,
			Collection<ProviderCategory> categories) {
		List<Provider> inDistrict = this.tables.providers.findActiveInDistrict(districtCode, categories);
		List<Provider> result = new ArrayList<>();
		// Those that name the block first, then those that serve the whole district.
		inDistrict.stream().filter(p -> blockCode != null && servesBlock(p, blockCode)).forEach(result::add);
		inDistrict.stream().filter(p -> p.blocks.isEmpty()).forEach(result::add);
		return result.stream().map(Provider::view).toList();
	}

	private static boolean servesBlock(Provider provider, String blockCode) {
		return provider.blocks.stream().anyMatch(b -> b.code.equals(blockCode));
	}

	@Override
	public Optional<ProviderView> provider(long providerId) {
		return cached(() -> this.tables.providers.findById(providerId).filter(p -> p.active).map(Provider::view),
				"provider", providerId);
	}

	@Override
	public List<ContactView> providerContacts(long providerId) {
		return cached(
				() -> views(this.tables.contacts.findByProviderIdAndActiveTrueOrderByPriorityAscIdAsc(providerId)),
				"providerContacts", providerId);
	}

	@Override
	public List<ContactView> womensGroupContacts(String districtCode, String blockCode) {
		return cached(() -> readWomensGroupContacts(districtCode, blockCode), "womensGroupContacts", districtCode,
				blockCode);
	}

	private List<ContactView> readWomensGroupContacts(String districtCode, String blockCode) {
		List<Long> groupIds = this.tables.groups.findActiveInDistrict(districtCode)
			.stream()
			.filter(g -> g.blocks.isEmpty()
					|| (blockCode != null && g.blocks.stream().anyMatch(b -> b.code.equals(blockCode))))
			.map(g -> g.id)
			.toList();
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return views(this.tables.contacts.findByWomensGroupIdInAndActiveTrueOrderByPriorityAscIdAsc(groupIds));
	}

	@Override
	public Optional<ContactView> contact(long contactId) {
		return cached(() -> this.tables.contacts.findById(contactId).filter(c -> c.active).map(Contact::view),
				"contact", contactId);
	}

	@Override
	public Optional<ContactView> contactByPhone(String phone) {
		return this.phoneNumbers.normalise(phone)
			.flatMap((e164) -> cached(
					() -> this.tables.contacts.findByPhone(e164).filter(c -> c.active).map(Contact::view),
					"contactByPhone", e164));
	}

	@Override
	public Optional<SaathiView> saathi(long saathiId) {
		return cached(() -> this.tables.saathis.findById(saathiId).filter(s -> s.active).map(Saathi::view), "saathi",
				saathiId);
	}

	@Override
	public Optional<SaathiView> saathiByPhone(String phone) {
		return this.phoneNumbers.normalise(phone)
			.flatMap((e164) -> cached(
					() -> this.tables.saathis.findByPhone(e164).filter(s -> s.active).map(Saathi::view),
					"saathiByPhone", e164));
	}

	@Override
	public boolean isKnownPlace(String stateCode, String districtCode, String blockCode) {
		if (stateCode == null || districtCode == null) {
			return false;
		}
		return cached(() -> readKnownPlace(stateCode, districtCode, blockCode), "isKnownPlace", stateCode, districtCode,
				blockCode);
	}

	private boolean readKnownPlace(String stateCode, String districtCode, String blockCode) {
		Optional<District> district = this.tables.districts.findByCode(districtCode)
			.filter(d -> d.state.code.equals(stateCode));
		if (district.isEmpty()) {
			return false;
		}
		return blockCode == null || this.tables.blocks.findByCode(blockCode)
			.filter(b -> b.district.id.equals(district.get().id))
			.isPresent();
	}

	private static List<ContactView> views(List<Contact> list) {
		return list.stream()
			.sorted(Comparator.comparingInt((Contact c) -> c.priority).thenComparing(c -> c.id))
			.map(Contact::view)
			.toList();
	}

	private volatile List<NamedPlace> placeNames;

	private volatile long placeNamesReadAt;

	@Override
	public Optional<PlaceRef> matchPlace(String name, String preferredDistrictCode) {
		String wanted = PlaceNames.normalise(name);
		if (wanted.isEmpty() || wanted.length() > 60) {
			return Optional.empty();
		}
		PlaceRef best = null;
		int bestScore = Integer.MAX_VALUE;
		for (NamedPlace place : placeNames()) {
			int score = score(wanted, place.place().districtCode(), preferredDistrictCode, place.kind(), place.names());
			if (score < bestScore) {
				bestScore = score;
				best = place.place();
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Block and district names, normalised, read at most every {@link #CACHE_TTL_MILLIS}
	 * (an alert tries up to three matches; places change rarely).
	 */
	private List<NamedPlace> placeNames() {
		List<NamedPlace> names = this.placeNames;
		long now = System.currentTimeMillis();
		if (names != null && now - this.placeNamesReadAt < CACHE_TTL_MILLIS) {
			return names;
		}
		return this.readOnly.execute((status) -> readPlaceNames(now));
	}

	private List<NamedPlace> readPlaceNames(long now) {
		List<NamedPlace> read = new ArrayList<>();
		for (Block block : this.tables.blocks.findAllWithDistricts()) {
			read.add(new NamedPlace(new PlaceRef(block.district.state.code, block.district.code, block.code, null), 0,
					PlaceNames.normalise(block.name), PlaceNames.normalise(block.nameHi)));
		}
		for (District district : this.tables.districts.findAll()) {
			read.add(new NamedPlace(new PlaceRef(district.state.code, district.code, null, null), 1,
					PlaceNames.normalise(district.name), PlaceNames.normalise(district.nameHi)));
		}
		this.placeNames = List.copyOf(read);
		this.placeNamesReadAt = now;
		return this.placeNames;
	}

	/**
	 * @param kind 0 for a block, 1 for a district (blocks win ties)
	 */
	private record NamedPlace(PlaceRef place, int kind, String... names) {
	}

	/**
	 * Lower is better: the edit distance first, then the preferred district, then blocks
	 * before districts; MAX_VALUE when no name is close enough.
	 */
	private static int score(String wanted, String districtCode, String preferredDistrictCode, int kind,
			String... names) {
		int best = Integer.MAX_VALUE;
		for (String name : names) {
			String candidate = name;
			if (candidate.isEmpty()) {
				continue;
			}
			int limit = PlaceNames.tolerance(candidate.length());
			int distance = PlaceNames.distance(wanted, candidate, limit);
			if (distance <= limit) {
				int preferred = districtCode.equals(preferredDistrictCode) ? 0 : 1;
				best = Math.min(best, distance * 4 + preferred * 2 + kind);
			}
		}
		return best;
	}

}
