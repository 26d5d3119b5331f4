package org.eksaath.genderhub.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.security.EncryptedColumns;

/**
 * Re-encrypts every value under an old key (or still in plain text) under the active key.
 * Each value is replaced only if nobody changed it meanwhile, so it is safe while the
 * service runs, and it can be repeated.
 */
class Reencryption {

	private static final Logger log = LoggerFactory.getLogger(Reencryption.class);

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final List<EncryptedColumns> tables;

	Reencryption(JdbcTemplate jdbc, FieldCipher cipher, List<EncryptedColumns> tables) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.tables = List.copyOf(tables);
	}

	/** Re-encrypts what needs it; answers how many values were re-encrypted. */
	int run() {
		int total = 0;
		for (EncryptedColumns table : this.tables) {
			for (String column : table.columns()) {
				total += reencrypt(table, column);
			}
		}
		if (total > 0) {
			log.info("Re-encrypted {} value(s) under key {}", total, this.cipher.activeKeyId());
		}
		return total;
	}

	private int reencrypt(EncryptedColumns table, String column) {
		record Stale(Object id, String value) {
		}
		List<Stale> stale = new ArrayList<>();
		this.jdbc.query("select " + table.idColumn() + ", " + column + " from " + table.table() + " where " + column
				+ " is not null", (java.sql.ResultSet rs) -> {
					String value = rs.getString(2);
					if (this.cipher.needsReencryption(value)) {
						stale.add(new Stale(rs.getObject(1), value));
					}
				});
		int done = 0;
		for (Stale s : stale) {
			String fresh = this.cipher.encrypt(this.cipher.decrypt(s.value()));
			done += this.jdbc.update("update " + table.table() + " set " + column + " = ? where " + table.idColumn()
					+ " = ? and " + column + " = ?", fresh, s.id(), s.value());
		}
		return done;
	}

}
