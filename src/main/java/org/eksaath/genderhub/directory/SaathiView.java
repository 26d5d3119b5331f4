package org.eksaath.genderhub.directory;

import org.eksaath.genderhub.shared.Language;

/**
 * A Samanta Saathi, a trained volunteer who raises alerts.
 *
 * @param id directory id
 * @param name display name
 * @param phone E.164 phone number
 * @param whatsapp E.164 WhatsApp number, or null
 * @param language preferred language
 * @param stateCode state he works in
 * @param districtCode district he works in
 * @param blockCode block he works in, or null
 * @param active whether he may raise alerts
 */
public record SaathiView(long id, String name, String phone, String whatsapp, Language language, String stateCode,
		String districtCode, String blockCode, boolean active) {
}
