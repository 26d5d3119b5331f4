package org.eksaath.genderhub.notification.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three dispatcher nodes on one PostgreSQL database (its own, created and dropped here);
 * also proves the notification migration runs on PostgreSQL.
 */
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.node-id=node-a",
		"genderhub.notification.dispatcher.batch-size=10", "genderhub.notification.dispatcher.poll-interval=50ms",
		"genderhub.notification.twilio.sms-per-second=2000", "spring.datasource.username=postgres",
		"spring.datasource.password=" })
@DirtiesContext
class MultiNodeDispatchPostgresTest extends MultiNodeDispatchTests {

	static final LocalPostgres postgres = new LocalPostgres();

	@BeforeAll
	static void needsPostgres() {
		postgres.assumeAvailable();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::url);
	}

	@Override
	boolean restartNodeAfterwards() {
		return false;
	}

	@AfterAll
	static void dropDatabase() {
		postgres.drop();
	}

}
