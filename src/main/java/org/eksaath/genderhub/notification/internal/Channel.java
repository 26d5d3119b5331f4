package org.eksaath.genderhub.notification.internal;

/** How a notification travels. */
public enum Channel {

	SMS, WHATSAPP, EMAIL;

	/** Whether delivery is reported later by the provider (so it may time out). */
	boolean reportsDelivery() {
		return this != EMAIL;
	}

}
