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

	/**
	 * Whether the sender hears back only by an SMS of the hub's own: the gateway app's
	 * webhook has no reply, unlike Twilio's TwiML or the HTTP answer of the form and the
	 * API.
	 */
	boolean repliesBySms() {
		return this == SMS_GATEWAY;
	}

}
