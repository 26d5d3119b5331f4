package org.eksaath.genderhub.notification.internal;

import org.eksaath.genderhub.support.PostgresSupport;
import org.eksaath.genderhub.support.RequiresPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three dispatcher nodes on one PostgreSQL database (its own); also proves the
 * notification migration runs on PostgreSQL.
 */
@RequiresPostgres
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.node-id=node-a",
		"genderhub.notification.dispatcher.batch-size=10", "genderhub.notification.dispatcher.poll-interval=50ms",
		"genderhub.notification.twilio.sms-per-second=2000", "spring.datasource.password=" })
@DirtiesContext
class MultiNodeDispatchPostgresTest extends MultiNodeDispatchTests {

	private static String url;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", MultiNodeDispatchPostgresTest::url);
		registry.add("spring.datasource.username", () -> PostgresSupport.USER);
	}

	private static synchronized String url() {
		if (url == null) {
			url = PostgresSupport.createDatabase("notification");
		}
		return url;
	}

	@Override
	boolean restartNodeAfterwards() {
		return false;
	}

}
