package org.eksaath.genderhub.directory;

import org.eksaath.genderhub.shared.Tier;

/**
 * A Gender Hub at one tier.
 *
 * @param id directory id
 * @param code natural key, e.g. {@code HUB-UP-LKO-MAL}
 * @param name display name
 * @param tier the tier it works at
 * @param stateCode state of its jurisdiction
 * @param districtCode district of its jurisdiction, null for a state hub
 */
public record HubView(long id, String code, String name, Tier tier, String stateCode, String districtCode) {
}
