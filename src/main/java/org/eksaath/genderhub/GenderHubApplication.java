package org.eksaath.genderhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Gender Hub: every alert about violence against women and girls becomes a case with an
 * owner and a clock, and climbs from community to district to state tier until someone
 * acts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GenderHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(GenderHubApplication.class, args);
	}

}
