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

	@Query("""
			select a from Alert a where a.senderPhone = ?1 and a.placeKey = ?2 and a.receivedAt >= ?3
			and a.caseId is not null and a.status in (org.eksaath.genderhub.intake.internal.AlertStatus.PROCESSED,
			org.eksaath.genderhub.intake.internal.AlertStatus.DUPLICATE) order by a.receivedAt desc""")
	List<Alert> recentWithCase(String senderPhone, String placeKey, Instant since, Pageable page);

	List<Alert> findByStatusOrderByReceivedAtDesc(AlertStatus status, Pageable page);

	List<Alert> findByStatusInOrderByReceivedAtDesc(List<AlertStatus> statuses, Pageable page);

	long countByStatus(AlertStatus status);

}
