package org.eksaath.genderhub.notification.internal;

/** One message template per kind of news, each in every language. */
public enum TemplateKey {

	REFERRAL, ESCALATION_DISTRICT, ESCALATION_STATE, HANDED_BACK_DISTRICT, REMINDER, FOLLOW_UP_REMINDER,
	HELP_ON_THE_WAY, RECEIPT_SAATHI, NEW_CASE_COORDINATOR, IMMEDIATE_DANGER, CASE_CLOSED,
	/** A Saathi's one-time code for the alert web form; belongs to no case. */
	ONE_TIME_CODE,
	/**
	 * Intake's answer to a message from a channel that cannot answer by itself (the SMS
	 * gateway), in intake's words; belongs to no case.
	 */
	INTAKE_REPLY

}
