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
	 * Appends an entry for the signed-in user (or {@code system}) in its own transaction,
	 * so that it stays even when the action fails.
	 */
	void record(UUID caseId, String action, String outcome);

	/** Every entry about a case, oldest first. */
	List<Entry> entriesFor(UUID caseId);

	/** One entry of the trail. */
	record Entry(long seq, Instant at, String actor, String role, String action, UUID caseId, String outcome,
			String address) {
	}

}
