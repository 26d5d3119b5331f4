package org.eksaath.genderhub.security.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field cipher under the configured keys. A configuration of its own, apart from web
 * security, so that another module's persistence test can import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class FieldEncryptionConfiguration {

	@Bean
	FieldCipher fieldCipher(SecurityProperties settings) {
		return new FieldCipher(KeyRing.from(settings.encryption()));
	}

}
