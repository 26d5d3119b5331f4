package org.eksaath.genderhub.directory;

import org.eksaath.genderhub.shared.Language;

/**
 * A person or desk that can be told something.
 *
 * @param id directory id, stable across imports
 * @param name display name
 * @param role what the contact does
 * @param phone E.164 phone number
 * @param whatsapp E.164 WhatsApp number, or null
 * @param email email address, or null
 * @param language preferred language
 * @param active whether messages may go to this contact
 */
public record ContactView(long id, String name, ContactRole role, String phone, String whatsapp, String email,
		Language language, boolean active) {
}
