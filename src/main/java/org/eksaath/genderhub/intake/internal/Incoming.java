package org.eksaath.genderhub.intake.internal;

import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.shared.PlaceRef;

/**
 * A message as a channel hands it over.
 *
 * @param channel how it came
 * @param senderPhone E.164 phone of the sender, or null (API without one)
 * @param apiKeyId the partner whose key was presented, or null
 * @param externalId the channel's id for the message (for replays), or null
 * @param text what was written
 * @param place a place the channel already knows (API, web form), or null
 * @param subType a type the channel already knows (API, web form), or null
 */
public record Incoming(AlertChannel channel, String senderPhone, String apiKeyId, String externalId, String text,
		PlaceRef place, IncidentSubType subType) {

	static Incoming text(AlertChannel channel, String senderPhone, String externalId, String text) {
		return new Incoming(channel, senderPhone, null, externalId, text, null, null);
	}

}
