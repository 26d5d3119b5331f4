package org.eksaath.genderhub.notification.internal;

/**
 * Port: sends a multipart (plain text and HTML) email. Throws {@link DeliveryFailure}
 * when it cannot.
 */
public interface EmailSender {

	SendReceipt sendEmail(OutgoingMessage message);

	String emailSenderId();

}
