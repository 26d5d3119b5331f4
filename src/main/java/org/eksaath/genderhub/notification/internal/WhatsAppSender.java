package org.eksaath.genderhub.notification.internal;

/** Port: sends a WhatsApp message. Throws {@link DeliveryFailure} when it cannot. */
public interface WhatsAppSender {

	SendReceipt sendWhatsApp(OutgoingMessage message);

	String whatsAppSenderId();

	/** Whether a WhatsApp sender is configured; fallbacks skip WhatsApp when not. */
	default boolean available() {
		return true;
	}

}
