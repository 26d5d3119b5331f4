package org.eksaath.genderhub.notification.internal;

import org.springframework.stereotype.Component;

/**
 * Takes delivery reports from a provider's webhook (already authenticated by its adapter)
 * and stores them; a message reported undelivered goes to the fallback at the
 * dispatcher's next cycle.
 */
@Component
public class DeliveryReports {

	private final DeliveryRecorder recorder;

	DeliveryReports(DeliveryRecorder recorder) {
		this.recorder = recorder;
	}

	/** Returns false when no notification has this provider message id. */
	public boolean report(String providerMessageId, NotificationStatus status, String providerStatus,
			String errorCode) {
		return this.recorder.providerStatus(providerMessageId, status, providerStatus, errorCode);
	}

}
