package org.eksaath.genderhub.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import org.eksaath.genderhub.security.EncryptedColumns;

/**
 * Data protection of survivor details: which columns are encrypted (for key rotation) and
 * the retention job that anonymises the details of closed cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseDataProtection.RetentionProperties.class)
class CaseDataProtection {

	@Bean
	EncryptedColumns survivorColumns() {
		return new EncryptedColumns(SurvivorDetails.TABLE, "case_id",
				List.of("display_name", "phone", "age", "address", "notes"));
	}

	/**
	 * @param survivorDetailsAfter how long after a case is closed its survivor details
	 * are anonymised
	 * @param initialDelay when the retention job first runs after start
	 * @param interval how often the retention job runs
	 */
	@Validated
	@ConfigurationProperties("genderhub.cases.retention")
	record RetentionProperties(@NotNull @DefaultValue("365d") Duration survivorDetailsAfter,
			@NotNull @DefaultValue("2m") Duration initialDelay, @NotNull @DefaultValue("1h") Duration interval) {
	}

	/**
	 * Anonymises the survivor details of cases closed longer ago than the retention
	 * period.
	 */
	@Component
	static class SurvivorRetention {

		private static final Logger log = LoggerFactory.getLogger(SurvivorRetention.class);

		private final SurvivorDetailsRepository survivors;

		private final RetentionProperties settings;

		SurvivorRetention(SurvivorDetailsRepository survivors, RetentionProperties settings) {
			this.survivors = survivors;
			this.settings = settings;
		}

		@Scheduled(initialDelayString = "${genderhub.cases.retention.initial-delay:PT2M}",
				fixedDelayString = "${genderhub.cases.retention.interval:PT1H}")
		@Transactional
		public void anonymiseExpired() {
			anonymiseClosedBefore(Instant.now().minus(this.settings.survivorDetailsAfter()));
		}

		/** Anonymises the survivor details of cases closed before the given time. */
		@Transactional
		public int anonymiseClosedBefore(Instant closedBefore) {
			List<SurvivorDetails> expired = this.survivors.findNotAnonymisedOfCasesClosedBefore(closedBefore);
			Instant now = Instant.now();
			expired.forEach((s) -> s.anonymise(now));
			if (!expired.isEmpty()) {
				log.info("Anonymised the survivor details of {} closed case(s)", expired.size());
			}
			return expired.size();
		}

	}

}
