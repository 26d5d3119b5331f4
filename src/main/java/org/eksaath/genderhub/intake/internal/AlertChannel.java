package org.eksaath.genderhub.intake.internal;

/** How an alert arrived. */
public enum AlertChannel {

	/** A partner system's REST call. */
	API,
	/** SMS through Twilio's inbound webhook. */
	SMS,
	/** WhatsApp through Twilio's inbound webhook. */
	WHATSAPP,
	/** SMS forwarded by the hub's Android SMS-gateway phone. */
	SMS_GATEWAY,
	/** The web form at /alert. */
	WEB_FORM;

	boolean fromPhone() {
		return this != API;
	}

}
