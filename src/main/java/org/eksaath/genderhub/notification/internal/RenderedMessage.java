package org.eksaath.genderhub.notification.internal;

/**
 * A template filled in for one recipient and channel.
 *
 * @param subject email subject, or null for SMS and WhatsApp
 * @param text the SMS / WhatsApp text, or the email's plain text part
 * @param html the email's HTML part, or null
 * @param smsSegments how many SMS segments the text takes, or null for email
 */
record RenderedMessage(String subject, String text, String html, Integer smsSegments) {
}
