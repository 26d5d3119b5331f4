package org.eksaath.genderhub.notification.internal;

import java.util.UUID;

import org.eksaath.genderhub.shared.Language;

/**
 * What a channel adapter sends: no ids of survivors, only the rendered text.
 *
 * @param notificationId outbox id, for logs and the sandbox
 * @param caseReference case reference, for logs
 * @param to E.164 phone number or email address
 * @param language recipient's language
 * @param subject email subject, or null
 * @param text SMS / WhatsApp text or plain text part of an email
 * @param html HTML part of an email, or null
 * @param dltTemplateId India DLT template id of the template, or null
 */
public record OutgoingMessage(UUID notificationId, String caseReference, String to, Language language, String subject,
		String text, String html, String dltTemplateId) {
}
