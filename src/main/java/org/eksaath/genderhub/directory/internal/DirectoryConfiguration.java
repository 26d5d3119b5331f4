package org.eksaath.genderhub.directory.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	@Bean
	PhoneNumbers phoneNumbers(DirectoryProperties properties) {
		return new PhoneNumbers(properties.fictionalNumberPrefixes());
	}

}
