package org.eksaath.genderhub.cases;

import java.util.UUID;

/**
 * Puts a problem on a case for its coordinator to see (for example: nobody could be
 * reached). Joins the caller's transaction.
 */
public interface CaseAttention {

	void raise(UUID caseId, String problem);

}
