package org.eksaath.genderhub.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outbox. Claims and results are conditional updates, so that with several nodes on
 * one database (H2 or PostgreSQL) exactly one node owns a notification at a time.
 */
interface NotificationRepository extends JpaRepository<Notification, UUID> {

	@Query("select n.idempotencyKey from Notification n where n.decisionKey = ?1")
	List<String> findIdempotencyKeysByDecisionKey(String decisionKey);

	Optional<Notification> findByProviderMessageId(String providerMessageId);

	List<Notification> findByDecisionKeyAndRecipientKindAndRecipientId(String decisionKey, RecipientKind kind,
			long recipientId);

	List<Notification> findByDecisionKeyAndRecipientGroup(String decisionKey, String recipientGroup);

	List<Notification> findByCaseIdOrderByCreatedAt(UUID caseId);

	/**
	 * Queued messages whose time has come, oldest first. One status per query, and
	 * ordered by the index's own columns (H2 does not see that the status is fixed), so
	 * the index on (status, next_attempt_at) answers it by reading only the first rows,
	 * however many messages wait or were sent before.
	 */
	@Query("""
			select n.id from Notification n
			where n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.QUEUED
			  and n.nextAttemptAt <= :now
			order by n.status, n.nextAttemptAt""")
	List<UUID> findQueuedDue(@Param("now") Instant now, Pageable page);

	/** Messages a node took for sending whose lease ran out (the node died or hung). */
	@Query("""
			select n.id from Notification n
			where n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.SENDING
			  and n.claimedUntil < :now
			order by n.status, n.nextAttemptAt""")
	List<UUID> findLeaseExpired(@Param("now") Instant now, Pageable page);

	/** Takes a due notification for this node until the lease ends; 1 when it got it. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Notification n
			set n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.SENDING,
			    n.claimedBy = :node, n.claimedUntil = :until, n.attempts = n.attempts + 1
			where n.id = :id
			  and ((n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.QUEUED and n.nextAttemptAt <= :now)
			    or (n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.SENDING and n.claimedUntil < :now))""")
	int claim(@Param("id") UUID id, @Param("node") String node, @Param("now") Instant now,
			@Param("until") Instant until);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Notification n
			set n.status = :status, n.providerMessageId = :sid, n.providerStatus = :providerStatus,
			    n.sentAt = :now, n.deliveredAt = :deliveredAt, n.fallbackDueAt = :fallbackDueAt,
			    n.claimedBy = null, n.claimedUntil = null, n.lastError = null
			where n.id = :id and n.claimedBy = :node
			  and n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.SENDING""")
	int markSent(@Param("id") UUID id, @Param("node") String node, @Param("status") NotificationStatus status,
			@Param("sid") String sid, @Param("providerStatus") String providerStatus, @Param("now") Instant now,
			@Param("deliveredAt") Instant deliveredAt, @Param("fallbackDueAt") Instant fallbackDueAt);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Notification n
			set n.status = :status, n.nextAttemptAt = :nextAttemptAt, n.lastError = :error,
			    n.claimedBy = null, n.claimedUntil = null
			where n.id = :id and n.claimedBy = :node
			  and n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.SENDING""")
	int markFailedAttempt(@Param("id") UUID id, @Param("node") String node, @Param("status") NotificationStatus status,
			@Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error);

	/**
	 * Failed or undelivered messages whose fallback has not been sent, by status: the
	 * index on (fallback_done, status) answers each without reading the delivered ones.
	 */
	@Query("select n.id from Notification n where n.fallbackDone = false and n.status = :status")
	List<UUID> findFallbackDue(@Param("status") NotificationStatus status, Pageable page);

	/** Sent messages with no delivery report by their fallback time. */
	@Query("""
			select n.id from Notification n
			where n.fallbackDone = false
			  and n.status = org.eksaath.genderhub.notification.internal.NotificationStatus.SENT
			  and n.fallbackDueAt < :now""")
	List<UUID> findUnreportedPastFallback(@Param("now") Instant now, Pageable page);

	/** Takes the fallback of one notification; 1 for the one node that got it. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.fallbackDone = true where n.id = :id and n.fallbackDone = false")
	int claimFallback(@Param("id") UUID id);

}
