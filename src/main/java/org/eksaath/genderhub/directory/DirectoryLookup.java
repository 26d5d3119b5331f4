package org.eksaath.genderhub.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

/**
 * Who serves a place and how to reach them. Read-only; every list holds active entries
 * only, in a stable order (most specific first, then by id).
 */
public interface DirectoryLookup {

	/**
	 * The hub of the given tier whose jurisdiction covers the place: at COMMUNITY the hub
	 * covering the block (or, where no hub names the block, a community hub of the
	 * district); at DISTRICT the district's hub; at STATE the state's hub.
	 */
	Optional<HubView> hubFor(Tier tier, String stateCode, String districtCode, String blockCode);

	/** Active contacts of a hub, coordinators and officials alike. */
	List<ContactView> hubContacts(long hubId);

	/**
	 * The people who act at a tier for a place: hub coordinators of the community hub,
	 * district officials of the district hub, state officials of the state hub.
	 */
	List<ContactView> responders(Tier tier, String stateCode, String districtCode, String blockCode);

	/**
	 * Active providers of the given categories serving the place: those that name the
	 * block first, then those serving the whole district.
	 */
	List<ProviderView> providersServing(String districtCode, String blockCode, Collection<ProviderCategory> categories);

	Optional<ProviderView> provider(long providerId);

	/** Active desk contacts of a provider, in the order to try them. */
	List<ContactView> providerContacts(long providerId);

	/** Active contacts of women's groups serving the place. */
	List<ContactView> womensGroupContacts(String districtCode, String blockCode);

	Optional<ContactView> contact(long contactId);

	/** The active contact with this phone (E.164 or as typed; it is normalised). */
	Optional<ContactView> contactByPhone(String phone);

	Optional<SaathiView> saathi(long saathiId);

	/** The active Saathi with this phone (E.164 or as typed; it is normalised). */
	Optional<SaathiView> saathiByPhone(String phone);

	/**
	 * Whether the codes name a known state, district (of that state) and block (of that
	 * district, if given).
	 */
	boolean isKnownPlace(String stateCode, String districtCode, String blockCode);

	/**
	 * The block or district whose English or Hindi name is closest to the text, allowing
	 * a small misspelling (none for names of up to 4 letters, one up to 7, two beyond);
	 * on a tie, places in the preferred district first and blocks before districts.
	 * @param name a place as typed, in Latin or Devanagari letters
	 * @param preferredDistrictCode the district to prefer (the sender's), or null
	 * @return the place, without a village, or empty when nothing is close enough
	 */
	Optional<PlaceRef> matchPlace(String name, String preferredDistrictCode);

}
