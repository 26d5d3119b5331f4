package org.eksaath.genderhub.notification.internal;

/** Port: sends an SMS. Throws {@link DeliveryFailure} when it cannot. */
public interface SmsSender {

	SendReceipt sendSms(OutgoingMessage message);

	/** Names the sender (number or service) for the rate limit. */
	String smsSenderId();

}
