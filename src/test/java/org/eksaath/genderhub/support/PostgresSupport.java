package org.eksaath.genderhub.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test its own PostgreSQL database on the local server (127.0.0.1:5432, user
 * postgres, trust auth, unless {@code genderhub.postgres.url}/{@code .user} say
 * otherwise) and drops it when the JVM ends.
 */
public final class PostgresSupport {

	public static final String ADMIN_URL = System.getProperty("genderhub.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	public static final String USER = System.getProperty("genderhub.postgres.user", "postgres");

	private static Boolean available;

	private PostgresSupport() {
	}

	public static boolean required() {
		return Boolean.getBoolean("genderhub.postgres.required");
	}

	public static synchronized boolean available() {
		if (available == null) {
			try (Connection ignored = connect(ADMIN_URL)) {
				available = true;
			}
			catch (SQLException ex) {
				available = false;
			}
		}
		return available;
	}

	/**
	 * Creates a fresh, empty database and returns its JDBC URL. Databases are not dropped
	 * while their JVM runs (a cached Spring context may still use one); instead each call
	 * drops those left over from runs more than an hour old that nobody is connected to.
	 */
	public static String createDatabase(String purpose) {
		dropLeftovers();
		String name = ("gh_" + purpose.replaceAll("[^A-Za-z0-9]", "") + "_" + (System.currentTimeMillis() / 1000) + "_"
				+ UUID.randomUUID().toString().substring(0, 6))
			.toLowerCase(Locale.ROOT);
		execute("create database " + name);
		return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
	}

	private static void dropLeftovers() {
		long hourAgo = System.currentTimeMillis() / 1000 - 3600;
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(ADMIN_URL);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select datname from pg_database d where datname like 'gh\\_%' "
						+ "and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			return;
		}
		for (String name : names) {
			String[] parts = name.split("_");
			if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < hourAgo) {
				try {
					execute("drop database if exists " + name);
				}
				catch (RuntimeException ex) {
					// Someone connected meanwhile; leave it for a later run.
				}
			}
		}
	}

	private static void execute(String sql) {
		try (Connection connection = connect(ADMIN_URL); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL: " + sql + " failed", ex);
		}
	}

	private static Connection connect(String url) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("connectTimeout", "3");
		properties.setProperty("loginTimeout", "3");
		return DriverManager.getConnection(url, properties);
	}

	/** Skips or fails a {@link RequiresPostgres} test class where no server answers. */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (available()) {
				return ConditionEvaluationResult.enabled("PostgreSQL answers at " + ADMIN_URL);
			}
			String message = "PostgreSQL is not reachable at " + ADMIN_URL + " as user " + USER;
			if (required()) {
				throw new IllegalStateException(
						message + ", and genderhub.postgres.required=true makes PostgreSQL tests mandatory");
			}
			return ConditionEvaluationResult.disabled(message + ": skipping this PostgreSQL test. "
					+ "Start PostgreSQL (see README) to run it; CI makes it mandatory.");
		}

	}

}
