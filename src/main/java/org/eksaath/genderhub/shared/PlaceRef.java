package org.eksaath.genderhub.shared;

/**
 * Where something happened or whom something serves, by directory codes. Block and
 * village may be unknown (null); state and district are always known for a case.
 *
 * @param stateCode directory code of the state, e.g. {@code UP}
 * @param districtCode directory code of the district, e.g. {@code UP-LKO}
 * @param blockCode directory code of the block, or null
 * @param village village or locality name as reported, or null
 */
public record PlaceRef(String stateCode, String districtCode, String blockCode, String village) {

	public static PlaceRef district(String stateCode, String districtCode) {
		return new PlaceRef(stateCode, districtCode, null, null);
	}

}
