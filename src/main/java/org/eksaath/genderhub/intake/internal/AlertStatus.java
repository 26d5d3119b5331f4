package org.eksaath.genderhub.intake.internal;

/**
 * Where an alert stands. Everything but PROCESSED and DUPLICATE waits for a coordinator.
 */
public enum AlertStatus {

	/** Stored, not (yet) processed: processing failed before it could record anything. */
	RECEIVED,
	/** Opened a case, or a reply that was acted on. */
	PROCESSED,
	/** Not understood: a coordinator must read it. */
	UNPARSED,
	/** From a phone that is neither a Saathi's nor a contact's. */
	UNKNOWN_SENDER,
	/** The same sender about the same place within the window: joined the open case. */
	DUPLICATE,
	/**
	 * A reply code that was not accepted (not a contact of the case, nothing waiting).
	 */
	REJECTED,
	/** Processing failed; the error says why. */
	FAILED

}
