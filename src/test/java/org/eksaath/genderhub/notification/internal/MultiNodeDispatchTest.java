package org.eksaath.genderhub.notification.internal;

/** Three dispatcher nodes on one H2 database. */
@NotificationSliceTest(properties = { "genderhub.notification.dispatcher.node-id=node-a",
		"genderhub.notification.dispatcher.batch-size=10", "genderhub.notification.dispatcher.poll-interval=50ms",
		"genderhub.notification.twilio.sms-per-second=2000" })
class MultiNodeDispatchTest extends MultiNodeDispatchTests {

}
