package org.eksaath.genderhub.cases;

import java.util.Optional;
import java.util.UUID;

import org.eksaath.genderhub.shared.PlaceRef;

/**
 * What the intake module may do to cases: open one from an alert, add another alert to an
 * open case, and act on a reply that a provider or an official sent by SMS. Every method
 * joins the caller's transaction, so a case, its process and the alert that caused them
 * commit together.
 */
public interface CaseIntake {

	/**
	 * Opens a case from an alert and starts its clock; the same alert id opens one case
	 * only. Risk is HIGH until triage.
	 * @throws IllegalArgumentException when the place is unknown
	 */
	CaseSnapshot openFromAlert(AlertToOpen alert);

	/** Adds an alert to an existing case (a duplicate): the timeline says so. */
	void joinAlert(UUID caseId, String alertId, String sourceRef);

	/** The case with this reference (case-insensitive), if any. */
	Optional<CaseSnapshot> byReference(String reference);

	/** Whether the case is still open (not resolved or closed). */
	boolean isOpen(UUID caseId);

	/**
	 * Acts on a reply code from a directory contact. Accepted only from a desk contact of
	 * a provider the case was referred to, or a responder (coordinator, official) of the
	 * case's place at its current tier or below.
	 * @return what was done
	 * @throws CaseActionNotAllowed when the sender may not act on this case or the case
	 * is not waiting for this answer
	 */
	ReplyOutcome reply(UUID caseId, long contactId, ReplyAction action, String reason);

	/**
	 * An alert that becomes a case.
	 *
	 * @param alertId the intake alert id
	 * @param sourceRef channel and sender reference, no personal data (e.g.
	 * {@code sms:saathi:12})
	 * @param place where it happened
	 * @param subType the sub-type the Saathi named, or null
	 * @param incidentType the core type the Saathi named, or null
	 * @param saathiId the Saathi who raised it, or null
	 */
	record AlertToOpen(String alertId, String sourceRef, PlaceRef place, IncidentType incidentType,
			IncidentSubType subType, Long saathiId) {
	}

	/** Reply codes of providers and officials. */
	enum ReplyAction {

		/** Accepts a referral, or (officials, coordinators) says they are on it. */
		ACKNOWLEDGE,
		/** Declines a referral, with a reason. */
		DECLINE,
		/** The referral (or the officials' action) is done. */
		DONE,
		/** Asks for the case to go up a tier. */
		ESCALATE

	}

	/** What a reply did to the case. */
	enum ReplyOutcome {

		REFERRAL_ACKNOWLEDGED, REFERRAL_DECLINED, REFERRAL_DONE, OFFICIALS_ACTED, NOTED, ESCALATED

	}

}
