package org.eksaath.genderhub.notification.internal;

/** Which directory table a recipient id points into. */
public enum RecipientKind {

	CONTACT, SAATHI,
	/**
	 * Someone known only by the phone a message came from (a reply to it); the id is 0.
	 */
	SENDER

}
