package org.eksaath.genderhub.security;

import java.util.Optional;

/**
 * The jurisdiction check on every read of and action on a case, for the signed-in user. A
 * case outside the user's jurisdiction must be answered as if it did not exist.
 */
public interface CaseAccess {

	/** What the signed-in user may do with a case. */
	enum Decision {

		/** Allowed; the action has been written to the audit trail. */
		ALLOWED,

		/** The user may see the case but their role may not take this action: 403. */
		FORBIDDEN,

		/** Outside the user's jurisdiction (or nobody signed in): answer 404. */
		NOT_VISIBLE

	}

	/**
	 * Decides whether the signed-in user may take the action on the case and writes the
	 * attempt and the decision to the audit trail.
	 * @param scope the case
	 * @param action what they want to do
	 * @param providerId for {@link CaseAction#ANSWER_REFERRAL}, the provider whose
	 * referral is answered (a provider answers only its own referrals), else null
	 */
	Decision check(CaseScope scope, CaseAction action, Long providerId);

	/** The signed-in user's name for timelines, if somebody is signed in. */
	Optional<String> currentUser();

}
