package org.eksaath.genderhub.notification.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A private database on the local PostgreSQL (127.0.0.1:5432, user postgres) for one test
 * class: created on demand, dropped afterwards. Where no PostgreSQL runs the test is
 * skipped with a clear message — unless {@code genderhub.postgres.required=true} (CI),
 * where it fails.
 */
public final class LocalPostgres {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String name = "gh_notification_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private boolean created;

	public static boolean required() {
		return Boolean.getBoolean("genderhub.postgres.required");
	}

	/** Skips (or fails, where PostgreSQL is required) when no server answers. */
	public synchronized void assumeAvailable() {
		try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
			c.isValid(2);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL is not reachable at 127.0.0.1:5432 (" + ex.getMessage() + ")";
			if (required()) {
				throw new IllegalStateException(message + " but genderhub.postgres.required=true", ex);
			}
			Assumptions.abort(message + "; skipping the PostgreSQL variant");
		}
	}

	public synchronized String url() {
		if (!this.created) {
			execute("create database " + this.name);
			this.created = true;
		}
		return SERVER + this.name;
	}

	public synchronized void drop() {
		if (this.created) {
			execute("drop database if exists " + this.name + " with (force)");
			this.created = false;
		}
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL: " + sql, ex);
		}
	}

}
