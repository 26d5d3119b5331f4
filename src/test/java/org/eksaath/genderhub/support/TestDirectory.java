package org.eksaath.genderhub.support;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

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
 * A small fixed directory for whole-app tests of cases and workflow: one state (UP), one
 * district (UP-LKO), one block (UP-LKO-MAL), a hub per tier and one provider per category
 * with id {@code 100 + ordinal}. Fictional.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDirectory {

	public static final String STATE = "UP";

	public static final String DISTRICT = "UP-LKO";

	public static final String BLOCK = "UP-LKO-MAL";

	public static long providerId(ProviderCategory category) {
		return 100 + category.ordinal();
	}

	@Bean
	@Primary
	DirectoryLookup testDirectoryLookup() {
		return new Lookup();
	}

	static class Lookup implements DirectoryLookup {

		private static final List<ProviderView> PROVIDERS = Arrays.stream(ProviderCategory.values())
			.map((c) -> new ProviderView(providerId(c), "PRV-" + c.name(), "Test " + c.name(), c, DISTRICT, true))
			.toList();

		@Override
		public Optional<HubView> hubFor(Tier tier, String stateCode, String districtCode, String blockCode) {
			if (!isKnownPlace(stateCode, districtCode, null)) {
				return Optional.empty();
			}
			return Optional.of(switch (tier) {
				case COMMUNITY -> new HubView(3, "HUB-UP-LKO-MAL", "Malihabad hub", tier, STATE, DISTRICT);
				case DISTRICT -> new HubView(2, "HUB-UP-LKO", "Lucknow district hub", tier, STATE, DISTRICT);
				case STATE -> new HubView(1, "HUB-UP", "Uttar Pradesh state hub", tier, STATE, null);
			});
		}

		@Override
		public List<ContactView> hubContacts(long hubId) {
			return List.of(new ContactView(hubId * 10, "Contact " + hubId, ContactRole.HUB_COORDINATOR,
					"+919990000" + hubId, null, null, Language.HI, true));
		}

		@Override
		public List<ContactView> responders(Tier tier, String stateCode, String districtCode, String blockCode) {
			return hubContacts(hubFor(tier, stateCode, districtCode, blockCode).map(HubView::id).orElse(0L));
		}

		@Override
		public List<ProviderView> providersServing(String districtCode, String blockCode,
				Collection<ProviderCategory> categories) {
			return PROVIDERS.stream()
				.filter((p) -> p.districtCode().equals(districtCode) && categories.contains(p.category()))
				.toList();
		}

		@Override
		public Optional<ProviderView> provider(long providerId) {
			return PROVIDERS.stream().filter((p) -> p.id() == providerId).findFirst();
		}

		@Override
		public List<ContactView> providerContacts(long providerId) {
			return List.of();
		}

		@Override
		public List<ContactView> womensGroupContacts(String districtCode, String blockCode) {
			return List.of();
		}

		@Override
		public Optional<ContactView> contact(long contactId) {
			return Optional.empty();
		}

		@Override
		public Optional<ContactView> contactByPhone(String phone) {
			return Optional.empty();
		}

		@Override
		public Optional<SaathiView> saathi(long saathiId) {
			return Optional.empty();
		}

		@Override
		public Optional<SaathiView> saathiByPhone(String phone) {
			return Optional.empty();
		}

		@Override
		public boolean isKnownPlace(String stateCode, String districtCode, String blockCode) {
			return STATE.equals(stateCode) && DISTRICT.equals(districtCode)
					&& (blockCode == null || BLOCK.equals(blockCode));
		}

		@Override
		public Optional<org.eksaath.genderhub.shared.PlaceRef> matchPlace(String name, String preferredDistrictCode) {
			return Optional.empty();
		}

	}

}
