package org.eksaath.genderhub.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.HubView;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.ProviderView;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;

/**
 * An in-memory directory for notification tests (fictional people, phone numbers in the
 * +91 99999 test range), until the real directory lands; every place is served by the
 * same people.
 */
public class TestDirectory implements DirectoryLookup {

	private final Map<Long, ContactView> contacts = new LinkedHashMap<>();

	private final Map<Long, SaathiView> saathis = new LinkedHashMap<>();

	private final Map<Long, ProviderView> providers = new LinkedHashMap<>();

	private final Map<Long, List<Long>> desks = new LinkedHashMap<>();

	private final Map<Tier, List<Long>> responders = new EnumMap<>(Tier.class);

	public synchronized void clear() {
		this.contacts.clear();
		this.saathis.clear();
		this.providers.clear();
		this.desks.clear();
		this.responders.clear();
	}

	public synchronized ContactView contact(long id, ContactRole role, String phone, String whatsapp, String email,
			Language language) {
		ContactView c = new ContactView(id, "Contact " + id, role, phone, whatsapp, email, language, true);
		this.contacts.put(id, c);
		return c;
	}

	public synchronized void responder(Tier tier, ContactView contact) {
		this.responders.computeIfAbsent(tier, (t) -> new ArrayList<>()).add(contact.id());
	}

	public synchronized ProviderView provider(long id, ProviderCategory category, ContactView... deskContacts) {
		ProviderView p = new ProviderView(id, "P" + id, "Provider " + id, category, "UP-LKO", true);
		this.providers.put(id, p);
		List<Long> desk = this.desks.computeIfAbsent(id, (k) -> new ArrayList<>());
		for (ContactView c : deskContacts) {
			desk.add(c.id());
		}
		return p;
	}

	public synchronized SaathiView saathi(long id, String phone, String whatsapp, Language language) {
		SaathiView s = new SaathiView(id, "Saathi " + id, phone, whatsapp, language, "UP", "UP-LKO", "UP-LKO-MAL",
				true);
		this.saathis.put(id, s);
		return s;
	}

	@Override
	public Optional<HubView> hubFor(Tier tier, String stateCode, String districtCode, String blockCode) {
		return Optional.of(new HubView(tier.ordinal() + 1, "HUB-" + tier, "Hub " + tier, tier, stateCode,
				(tier == Tier.STATE) ? null : districtCode));
	}

	@Override
	public List<ContactView> hubContacts(long hubId) {
		return responders(Tier.values()[(int) hubId - 1], null, null, null);
	}

	@Override
	public synchronized List<ContactView> responders(Tier tier, String stateCode, String districtCode,
			String blockCode) {
		return this.responders.getOrDefault(tier, List.of()).stream().map(this.contacts::get).toList();
	}

	@Override
	public synchronized List<ProviderView> providersServing(String districtCode, String blockCode,
			Collection<ProviderCategory> categories) {
		return this.providers.values().stream().filter((p) -> categories.contains(p.category())).toList();
	}

	@Override
	public synchronized Optional<ProviderView> provider(long providerId) {
		return Optional.ofNullable(this.providers.get(providerId));
	}

	@Override
	public synchronized List<ContactView> providerContacts(long providerId) {
		return this.desks.getOrDefault(providerId, List.of()).stream().map(this.contacts::get).toList();
	}

	@Override
	public List<ContactView> womensGroupContacts(String districtCode, String blockCode) {
		return List.of();
	}

	@Override
	public synchronized Optional<ContactView> contact(long contactId) {
		return Optional.ofNullable(this.contacts.get(contactId));
	}

	@Override
	public synchronized Optional<ContactView> contactByPhone(String phone) {
		return this.contacts.values().stream().filter((c) -> phone.equals(c.phone())).findFirst();
	}

	@Override
	public synchronized Optional<SaathiView> saathi(long saathiId) {
		return Optional.ofNullable(this.saathis.get(saathiId));
	}

	@Override
	public synchronized Optional<SaathiView> saathiByPhone(String phone) {
		return this.saathis.values().stream().filter((s) -> phone.equals(s.phone())).findFirst();
	}

	@Override
	public boolean isKnownPlace(String stateCode, String districtCode, String blockCode) {
		return true;
	}

	@Override
	public Optional<org.eksaath.genderhub.shared.PlaceRef> matchPlace(String name, String preferredDistrictCode) {
		return Optional.empty();
	}

}
