package org.eksaath.genderhub.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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

}
