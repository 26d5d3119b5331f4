package org.eksaath.genderhub.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.eksaath.genderhub.security.AuditTrail;

/**
 * The audit trail in table {@code audit_entry}, hash-chained. An entry is first written
 * to {@code audit_pending} in the transaction of the action it records (so it commits or
 * rolls back with it, and takes no lock that other actions wait for); after commit a
 * sealer thread moves pending entries into the chain in batches, under the lock on the
 * chain head, so that two entries never claim the same predecessor, on one node or many.
 * A refusal is recorded even though the refused request rolls back: it is kept in memory
 * and sealed by the same thread. Reading or verifying the trail seals what is pending
 * first; a scheduled run picks up what another node or a crash left.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);

	static final String GENESIS = "0".repeat(64);

	static final int BATCH = 500;

	private static final String INSERT_PENDING = "insert into audit_pending (happened_at, actor, actor_role, action,"
			+ " case_id, outcome, address) values (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate sealTransaction;

	private final Clock clock;

	/** Refusals whose request rolled back, waiting for the sealer. */
	private final Queue<Entry> refusals = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean sealRequested = new AtomicBoolean();

	private final ExecutorService sealer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "audit-sealer");
		thread.setDaemon(true);
		return thread;
	});

	private final Object sealing = new Object();

	JdbcAuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sealTransaction = new TransactionTemplate(transactions);
		this.sealTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = Clock.systemUTC();
	}

	@Override
	public void record(UUID caseId, String action, String outcome) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String actor = (user == null) ? "system"
				: (user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) ? "anonymous"
						: user.getName();
		String role = (user != null && user.getPrincipal() instanceof StaffUser staff) ? staff.role().name()
				: (user != null) ? user.getAuthorities()
					.stream()
					.map((a) -> a.getAuthority().replaceFirst("^ROLE_", ""))
					.findFirst()
					.orElse(null) : null;
		append(actor, role, action, caseId, outcome, currentAddress());
	}

	void append(String actor, String role, String action, UUID caseId, String outcome, String address) {
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String trimmedOutcome = (outcome != null && outcome.length() > 200) ? outcome.substring(0, 200) : outcome;
		Entry entry = new Entry(0, at, actor, role, action, caseId, trimmedOutcome, address);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			this.sealTransaction.executeWithoutResult((status) -> insertPending(entry));
			requestSeal();
			return;
		}
		insertPending(entry);
		boolean refusal = outcome == null || !outcome.startsWith("ALLOWED");
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED && refusal) {
					// The refused request rolled back and took the pending row with it.
					JdbcAuditTrail.this.refusals.add(entry);
				}
				requestSeal();
			}
		});
	}

	private void insertPending(Entry entry) {
		this.jdbc.update(INSERT_PENDING, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.actor(),
				entry.role(), entry.action(), entry.caseId(), entry.outcome(), entry.address());
	}

	/** Asks the sealer thread to seal soon; many requests while it works make one run. */
	void requestSeal() {
		if (this.sealRequested.compareAndSet(false, true)) {
			try {
				this.sealer.execute(() -> {
					this.sealRequested.set(false);
					sealQuietly();
				});
			}
			catch (RejectedExecutionException ex) {
				this.sealRequested.set(false);
			}
		}
	}

	@Scheduled(initialDelayString = "${genderhub.security.audit.seal-interval:PT5S}",
			fixedDelayString = "${genderhub.security.audit.seal-interval:PT5S}")
	void sealQuietly() {
		try {
			seal();
		}
		catch (RuntimeException ex) {
			// Pending entries stay pending; the next run seals them.
			log.warn("Sealing audit entries failed ({}); will retry", ex.getClass().getName());
		}
	}

	/**
	 * Moves every pending entry (and every remembered refusal) into the chain; returns
	 * how many were sealed.
	 */
	int seal() {
		synchronized (this.sealing) {
			int total = 0;
			while (true) {
				List<Entry> refused = new ArrayList<>();
				for (Entry e; refused.size() < BATCH && (e = this.refusals.poll()) != null;) {
					refused.add(e);
				}
				Integer sealed;
				try {
					sealed = this.sealTransaction.execute((status) -> sealBatch(refused));
				}
				catch (RuntimeException ex) {
					this.refusals.addAll(refused);
					throw ex;
				}
				total += (sealed != null) ? sealed : 0;
				if (sealed == null || sealed < BATCH) {
					return total;
				}
			}
		}
	}

	private int sealBatch(List<Entry> refused) {
		Map<String, Object> head = this.jdbc
			.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		List<Long> ids = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		this.jdbc.query("select * from audit_pending order by id fetch first " + BATCH + " rows only", (rs) -> {
			ids.add(rs.getLong("id"));
			entries.add(entry(rs, 0));
		});
		entries.addAll(refused);
		if (entries.isEmpty()) {
			return 0;
		}
		long seq = ((Number) head.get("last_seq")).longValue();
		String prev = (String) head.get("last_hash");
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (Entry pending : entries) {
			seq++;
			Entry entry = new Entry(seq, pending.at(), pending.actor(), pending.role(), pending.action(),
					pending.caseId(), pending.outcome(), pending.address());
			String hash = hash(entry, prev);
			rows.add(new Object[] { seq, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.actor(),
					entry.role(), entry.action(), entry.caseId(), entry.outcome(), entry.address(), prev, hash });
			prev = hash;
		}
		this.jdbc.batchUpdate("insert into audit_entry (seq, happened_at, actor, actor_role, action, case_id, outcome,"
				+ " address, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		if (!ids.isEmpty()) {
			this.jdbc.batchUpdate("delete from audit_pending where id = ?",
					ids.stream().map((id) -> new Object[] { id }).toList());
		}
		this.jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
		return ids.size();
	}

	@PreDestroy
	void shutdown() {
		this.sealer.shutdown();
		try {
			this.sealer.awaitTermination(5, TimeUnit.SECONDS);
			sealQuietly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public List<Entry> entriesFor(UUID caseId) {
		sealQuietly();
		List<Entry> entries = new ArrayList<>(
				this.jdbc.query("select * from audit_entry where case_id = ? order by seq",
						(rs, n) -> entry(rs, rs.getLong("seq")), caseId));
		// Entries of the caller's own transaction are not committed yet, so not sealed.
		entries.addAll(this.jdbc.query("select * from audit_pending where case_id = ? order by id",
				(rs, n) -> entry(rs, 0), caseId));
		return entries;
	}

	/**
	 * Walks the whole chain and reports the first entry whose hash, predecessor or number
	 * does not fit.
	 */
	Verification verify() {
		seal();
		String[] prev = { GENESIS };
		long[] expectedSeq = { 1 };
		Verification[] broken = { null };
		long[] count = { 0 };
		this.jdbc.query("select * from audit_entry order by seq", (java.sql.ResultSet rs) -> {
			if (broken[0] != null) {
				return;
			}
			Entry entry = entry(rs, rs.getLong("seq"));
			String storedPrev = rs.getString("prev_hash");
			String storedHash = rs.getString("entry_hash");
			count[0]++;
			if (entry.seq() != expectedSeq[0]) {
				broken[0] = Verification.broken(count[0] - 1, expectedSeq[0],
						"entry " + expectedSeq[0] + " is missing (next is " + entry.seq() + ")");
			}
			else if (!storedPrev.equals(prev[0])) {
				broken[0] = Verification.broken(count[0] - 1, entry.seq(), "does not point to the entry before it");
			}
			else if (!hash(entry, storedPrev).equals(storedHash)) {
				broken[0] = Verification.broken(count[0] - 1, entry.seq(), "its content does not match its hash");
			}
			prev[0] = storedHash;
			expectedSeq[0]++;
		});
		if (broken[0] != null) {
			return broken[0];
		}
		Map<String, Object> head = this.jdbc
			.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		long lastSeq = ((Number) head.get("last_seq")).longValue();
		if (lastSeq != count[0] || !head.get("last_hash").equals(prev[0])) {
			return Verification.broken(count[0], count[0] + 1,
					"the chain ends at entry " + count[0] + " but its head says " + lastSeq + ": entries were removed");
		}
		return new Verification(true, count[0], null, null);
	}

	/** The result of a verification of the chain. */
	record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

		static Verification broken(long checked, long seq, String problem) {
			return new Verification(false, checked, seq, problem);
		}

	}

	private static Entry entry(java.sql.ResultSet rs, long seq) throws java.sql.SQLException {
		OffsetDateTime at = rs.getObject("happened_at", OffsetDateTime.class);
		return new Entry(seq, at.toInstant(), rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"),
				rs.getObject("case_id", UUID.class), rs.getString("outcome"), rs.getString("address"));
	}

	static String hash(Entry entry, String prevHash) {
		String content = String.join("\u001f", Long.toString(entry.seq()),
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, entry.at())), entry.actor(),
				nullable(entry.role()), entry.action(), nullable(entry.caseId()), nullable(entry.outcome()),
				nullable(entry.address()), prevHash);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nullable(Object value) {
		return (value != null) ? value.toString() : "\u0000";
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
