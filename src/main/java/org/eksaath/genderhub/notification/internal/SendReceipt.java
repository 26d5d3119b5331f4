package org.eksaath.genderhub.notification.internal;

/**
 * What a provider said when it took a message.
 *
 * @param providerMessageId the provider's id (Twilio message SID), or null
 * @param providerStatus the provider's status word, e.g. {@code queued}
 * @param delivered whether this is already final delivery (sandbox), not just acceptance
 */
public record SendReceipt(String providerMessageId, String providerStatus, boolean delivered) {
}
