package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseRecordRepository extends JpaRepository<CaseRecord, UUID> {

	boolean existsByReference(String reference);

	Optional<CaseRecord> findByReference(String reference);

	/** Locks the case row so that two steps deciding on one case take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CaseRecord c where c.id = ?1")
	Optional<CaseRecord> findForUpdate(UUID id);

}

interface ReferralRepository extends JpaRepository<Referral, UUID> {

	List<Referral> findByCaseIdOrderByRequestedAt(UUID caseId);

	Optional<Referral> findByCaseIdAndProviderId(UUID caseId, long providerId);

}

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByCaseIdOrderByIdAsc(UUID caseId);

	List<TimelineEntry> findByKindOrderByIdAsc(String kind);

	long countByCaseIdAndKind(UUID caseId, String kind);

}

interface CaseProblemRepository extends JpaRepository<CaseProblem, Long> {

	List<CaseProblem> findByCaseIdOrderByIdAsc(UUID caseId);

}

interface CaseAlertLinkRepository extends JpaRepository<CaseAlertLink, Long> {

	List<CaseAlertLink> findByCaseIdOrderByIdAsc(UUID caseId);

	Optional<CaseAlertLink> findFirstByAlertId(String alertId);

}

interface SurvivorDetailsRepository extends JpaRepository<SurvivorDetails, UUID> {

	/** Survivor details still held for cases closed before the given time. */
	@Query("select s from SurvivorDetails s, CaseRecord c where c.id = s.caseId and s.anonymisedAt is null"
			+ " and c.closedAt is not null and c.closedAt < ?1")
	List<SurvivorDetails> findNotAnonymisedOfCasesClosedBefore(Instant closedBefore);

}
