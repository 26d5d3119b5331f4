package org.eksaath.genderhub.intake.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.eksaath.genderhub.security.EncryptedColumns;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IntakeProperties.class, AlertRetention.Settings.class })
class IntakeConfiguration {

	/**
	 * An alert's text is encrypted at rest: listed here so that key rotation covers it.
	 */
	@Bean
	EncryptedColumns alertTextColumn() {
		return new EncryptedColumns("intake_alert", "id", List.of("raw_text"));
	}

}
