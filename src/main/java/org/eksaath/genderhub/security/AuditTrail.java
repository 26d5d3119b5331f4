package org.eksaath.genderhub.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An append-only record of who did what to which case, when and from where; each entry is
 * chained to the one before by a SHA-256 hash so that a changed or removed entry shows.
 */
public interface AuditTrail {

	/**
	 * Appends an entry for the signed-in user (or {@code system}). Inside a transaction
	 * the entry commits with the action; a refusal ({@code outcome} not starting with
	 * {@code ALLOWED}) is kept even when the refused request rolls back.
	 */
	void record(UUID caseId, String action, String outcome);

	/**
	 * Every entry about a case, oldest first; those not yet in the chain (of the caller's
	 * own transaction, say) come last, with {@code seq} 0.
	 */
	List<Entry> entriesFor(UUID caseId);

	/** One entry of the trail; {@code seq} is its place in the chain, 0 until sealed. */
	record Entry(long seq, Instant at, String actor, String role, String action, UUID caseId, String outcome,
			String address) {
	}

}
