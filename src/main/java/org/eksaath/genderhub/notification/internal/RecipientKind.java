package org.eksaath.genderhub.notification.internal;

/** Which directory table a recipient id points into. */
public enum RecipientKind {

	CONTACT, SAATHI

}
