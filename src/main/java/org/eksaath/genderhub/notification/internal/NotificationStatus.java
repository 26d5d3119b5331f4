package org.eksaath.genderhub.notification.internal;

/** Where a notification is on its way out. */
public enum NotificationStatus {

	/** Recorded, waiting to be sent (again, after a retryable failure). */
	QUEUED,
	/** Claimed by one node that is sending it now. */
	SENDING,
	/** Accepted by the provider; delivery not (yet) confirmed. */
	SENT,
	/** Delivered to the handset, or (sandbox) recorded as delivered. */
	DELIVERED,
	/** The carrier could not deliver it. */
	UNDELIVERED,
	/** Rejected for good (an invalid number) or given up after the last retry. */
	FAILED;

	boolean isFinal() {
		return this == DELIVERED || this == UNDELIVERED || this == FAILED;
	}

}
