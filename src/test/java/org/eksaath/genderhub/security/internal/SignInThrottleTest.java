package org.eksaath.genderhub.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	@Test
	void blocksAUsernameOrAnAddressAfterTooManyFailuresUntilTheWindowHasPassed() {
		Instant[] now = { Instant.parse("2026-01-01T00:00:00Z") };
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}
		};
		SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.blocked("Coord.LKO", "10.0.0.1")).isFalse();
			throttle.failed("Coord.LKO", "10.0.0.1");
		}
		assertThat(throttle.blocked("coord.lko", "10.0.0.9")).as("same user, other address").isTrue();
		throttle.failed("someone", "10.0.0.1");
		throttle.failed("someone-else", "10.0.0.1");
		assertThat(throttle.blocked("fresh-user", "10.0.0.1")).as("same address, other user").isTrue();
		assertThat(throttle.blocked("fresh-user", "10.0.0.2")).isFalse();
		now[0] = now[0].plus(Duration.ofMinutes(16));
		assertThat(throttle.blocked("coord.lko", "10.0.0.1")).isFalse();
	}

}
