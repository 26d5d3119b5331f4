package org.eksaath.genderhub.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AlertRepository extends JpaRepository<Alert, UUID> {

	Optional<Alert> findByChannelAndExternalId(AlertChannel channel, String externalId);

	/**
	 * The sender's latest alerts about a place: exactly the columns of index
	 * ix_intake_alert_sender_place (a condition on status would lead H2 to the status
	 * index and a scan), so the caller picks those with a case.
	 */
	@Query("""
			select a from Alert a where a.senderPhone = ?1 and a.placeKey = ?2 and a.receivedAt >= ?3
			order by a.receivedAt desc""")
	List<Alert> recentAboutPlace(String senderPhone, String placeKey, Instant since, Pageable page);

	List<Alert> findByStatusInOrderByReceivedAtDesc(List<AlertStatus> statuses, Pageable page);

	/** Alerts in the statuses that belong to the hub or to no hub yet, newest first. */
	@Query("""
			select a from Alert a where a.status in ?1 and (a.hubCode = ?2 or a.hubCode is null)
			order by a.receivedAt desc""")
	List<Alert> forHub(List<AlertStatus> statuses, String hubCode, Pageable page);

	long countByStatus(AlertStatus status);

	/**
	 * The case of these alerts was closed: their retention period starts. Runs in the
	 * closing transaction, whose other entities it leaves alone (no flush, no clear).
	 */
	@Modifying
	@Query("update Alert a set a.caseClosedAt = ?2 where a.caseId = ?1 and a.caseClosedAt is null")
	int caseClosed(UUID caseId, Instant at);

	/**
	 * Alerts whose text is due for removal: their case was closed before the cut-off, or
	 * they never became part of a case and arrived before it.
	 */
	@Query("""
			select a from Alert a where a.textRemovedAt is null and (a.caseClosedAt < ?1
			or (a.caseId is null and a.receivedAt < ?1)) order by a.receivedAt""")
	List<Alert> textDueForRemoval(Instant cutOff, Pageable page);

}
