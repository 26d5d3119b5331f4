package org.eksaath.genderhub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Guards the module boundaries: no cycles, and no module reaches into another's
 * {@code internal} package. Also writes the module diagrams to
 * target/spring-modulith-docs.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(GenderHubApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		MODULES.verify();
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
