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

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.eksaath.genderhub.security.AuditTrail;

/**
 * The audit trail in table {@code audit_entry}. Appending locks the chain head so that
 * two entries never claim the same predecessor; every entry commits in its own
 * transaction.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	JdbcAuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Joins the caller's transaction: a second connection per request (REQUIRES_NEW)
		// can
		// exhaust the pool under load. The entry commits or rolls back with the action.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
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
		this.ownTransaction.executeWithoutResult((status) -> {
			Map<String, Object> head = this.jdbc
				.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
			long seq = ((Number) head.get("last_seq")).longValue() + 1;
			String prev = (String) head.get("last_hash");
			Entry entry = new Entry(seq, at, actor, role, action, caseId, trimmedOutcome, address);
			String hash = hash(entry, prev);
			this.jdbc.update(
					"insert into audit_entry (seq, happened_at, actor, actor_role, action, case_id, outcome, address,"
							+ " prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, role, action, caseId, trimmedOutcome,
					address, prev, hash);
			this.jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
		});
	}

	@Override
	public List<Entry> entriesFor(UUID caseId) {
		return this.jdbc.query("select * from audit_entry where case_id = ? order by seq", (rs, n) -> entry(rs),
				caseId);
	}

	/**
	 * Walks the whole chain and reports the first entry whose hash, predecessor or number
	 * does not fit.
	 */
	Verification verify() {
		String[] prev = { GENESIS };
		long[] expectedSeq = { 1 };
		Verification[] broken = { null };
		long[] count = { 0 };
		this.jdbc.query("select * from audit_entry order by seq", (java.sql.ResultSet rs) -> {
			if (broken[0] != null) {
				return;
			}
			Entry entry = entry(rs);
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

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		OffsetDateTime at = rs.getObject("happened_at", OffsetDateTime.class);
		return new Entry(rs.getLong("seq"), at.toInstant(), rs.getString("actor"), rs.getString("actor_role"),
				rs.getString("action"), rs.getObject("case_id", UUID.class), rs.getString("outcome"),
				rs.getString("address"));
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
