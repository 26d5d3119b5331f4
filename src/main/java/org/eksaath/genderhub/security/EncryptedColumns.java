package org.eksaath.genderhub.security;

import java.util.List;

/**
 * A table whose columns hold values encrypted by {@link EncryptedStringConverter} or
 * {@link EncryptedIntegerConverter}. Modules declare theirs as beans so that key rotation
 * can re-encrypt them without knowing their entities.
 *
 * @param table table name
 * @param idColumn primary key column
 * @param columns encrypted columns
 */
public record EncryptedColumns(String table, String idColumn, List<String> columns) {

	public EncryptedColumns {
		columns = List.copyOf(columns);
	}

}
