package org.eksaath.genderhub.directory;

/**
 * A service provider that can receive referrals.
 *
 * @param id directory id
 * @param code natural key
 * @param name display name
 * @param category kind of service
 * @param districtCode district it sits in
 * @param urgentAtNight whether it takes urgent cases at night
 */
public record ProviderView(long id, String code, String name, ProviderCategory category, String districtCode,
		boolean urgentAtNight) {
}
