package org.eksaath.genderhub.directory.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {

	@Test
	void ignoresCaseSpacesAndDevanagariMarksPeopleLeaveOut() {
		assertThat(PlaceNames.normalise("Bakshi Ka  Talab")).isEqualTo("bakshikatalab");
		assertThat(PlaceNames.normalise("छेड़")).isEqualTo(PlaceNames.normalise("छेड"));
		assertThat(PlaceNames.normalise("हँसी")).isEqualTo(PlaceNames.normalise("हंसी"));
	}

	@Test
	void forgivesMoreMistakesInLongerNames() {
		assertThat(PlaceNames.tolerance(4)).isZero();
		assertThat(PlaceNames.tolerance(6)).isEqualTo(1);
		assertThat(PlaceNames.tolerance(9)).isEqualTo(2);
	}

	@Test
	void measuresTypingMistakes() {
		String malihabad = PlaceNames.normalise("Malihabad");
		assertThat(PlaceNames.distance(PlaceNames.normalise("Malihabaad"), malihabad, 2)).isEqualTo(1);
		assertThat(PlaceNames.distance(PlaceNames.normalise("Maliabad"), malihabad, 2)).isEqualTo(1);
		assertThat(PlaceNames.distance(PlaceNames.normalise("Mohanlalganj"), malihabad, 2)).isEqualTo(3);
		assertThat(PlaceNames.distance(PlaceNames.normalise("मलीहाबाद"), PlaceNames.normalise("मलिहाबाद"), 2))
			.isEqualTo(1);
	}

}
