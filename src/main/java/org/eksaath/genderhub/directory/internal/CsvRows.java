package org.eksaath.genderhub.directory.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eksaath.genderhub.shared.Language;

/**
 * Reads a directory CSV file and checks its header; each {@link Row} reads typed values
 * and records what is wrong instead of throwing, so that one pass reports every error.
 */
final class CsvRows {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");

	private final DirectoryKind kind;

	private final List<ImportError> errors = new ArrayList<>();

	private final List<Row> rows = new ArrayList<>();

	private boolean headerOk = true;

	private CsvRows(DirectoryKind kind) {
		this.kind = kind;
	}

	static CsvRows read(DirectoryKind kind, Reader reader, PhoneNumbers phones) {
		CsvRows result = new CsvRows(kind);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(CsvRows::cleanHeader).toList();
			if (!result.checkHeader(header)) {
				result.headerOk = false;
				return result;
			}
			Map<String, Integer> index = new java.util.HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				index.put(header.get(i), i);
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (record.size() != header.size()) {
					result.errors.add(new ImportError(line, null,
							"has " + record.size() + " values but the header has " + header.size() + " columns"));
					continue;
				}
				result.rows.add(new Row(result, line, record, index, phones));
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			// commons-csv reports a malformed file (an unclosed quote, a duplicate
			// header)
			// this way.
			result.headerOk = false;
			result.errors.add(new ImportError(1, null, "the file is not valid CSV: " + deepestMessage(ex)));
		}
		return result;
	}

	private static String deepestMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		// Keep the parser's words, not the Java class names around them.
		return String.valueOf(cause.getMessage()).replaceAll("^([\\w.$]+(Exception|Error): )+", "");
	}

	/**
	 * Whether the file could be read and its header is right; rows may still be wrong.
	 */
	boolean readable() {
		return this.headerOk;
	}

	private static String cleanHeader(String name) {
		return (name == null) ? "" : name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
	}

	private boolean checkHeader(List<String> header) {
		Set<String> seen = new LinkedHashSet<>();
		for (String column : header) {
			if (column.isEmpty()) {
				this.errors.add(new ImportError(1, null, "the header has an empty column name"));
			}
			else if (!this.kind.knows(column)) {
				this.errors.add(new ImportError(1, column, "unknown column for " + this.kind.fileName() + " (expected "
						+ String.join(", ", allColumns()) + ")"));
			}
			else if (!seen.add(column)) {
				this.errors.add(new ImportError(1, column, "column appears twice"));
			}
		}
		for (String required : this.kind.requiredColumns()) {
			if (!seen.contains(required)) {
				this.errors.add(new ImportError(1, required, "required column is missing"));
			}
		}
		return this.errors.isEmpty();
	}

	private List<String> allColumns() {
		List<String> all = new ArrayList<>(this.kind.requiredColumns());
		all.addAll(this.kind.optionalColumns());
		return all;
	}

	List<Row> rows() {
		return this.rows;
	}

	List<ImportError> errors() {
		return this.errors;
	}

	void rejectIfAnyErrors() {
		if (!this.errors.isEmpty()) {
			this.errors.sort(java.util.Comparator.comparingLong(ImportError::row));
			throw new ImportRejected(this.kind, this.errors);
		}
	}

	/**
	 * Reports a natural key seen twice in the file, naming both rows.
	 */
	<T> void checkUnique(List<T> parsed, Function<T, Row> rowOf, Function<T, String> key, String column) {
		Map<String, Long> firstRow = new java.util.HashMap<>();
		for (T item : parsed) {
			Row row = rowOf.apply(item);
			Long earlier = firstRow.putIfAbsent(key.apply(item), row.line());
			if (earlier != null) {
				row.error(column, "duplicate " + column + " '" + key.apply(item) + "', also on row " + earlier);
			}
		}
	}

	/** One data row. */
	static final class Row {

		private final CsvRows file;

		private final long line;

		private final CSVRecord record;

		private final Map<String, Integer> index;

		private final PhoneNumbers phones;

		private boolean valid = true;

		Row(CsvRows file, long line, CSVRecord record, Map<String, Integer> index, PhoneNumbers phones) {
			this.file = file;
			this.line = line;
			this.record = record;
			this.index = index;
			this.phones = phones;
		}

		long line() {
			return this.line;
		}

		boolean valid() {
			return this.valid;
		}

		void error(String column, String message) {
			this.valid = false;
			this.file.errors.add(new ImportError(this.line, column, message));
		}

		/** The trimmed value, or null where the column is absent or blank. */
		String optional(String column) {
			Integer i = this.index.get(column);
			if (i == null) {
				return null;
			}
			String value = this.record.get(i);
			return (value == null || value.isBlank()) ? null : value.trim();
		}

		String required(String column) {
			String value = optional(column);
			if (value == null) {
				error(column, "a value is required");
			}
			return value;
		}

		<E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
			String value = required ? required(column) : optional(column);
			if (value == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				error(column, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
				return null;
			}
		}

		boolean bool(String column, boolean defaultValue) {
			String value = optional(column);
			if (value == null) {
				return defaultValue;
			}
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "y", "1", "हाँ" -> true;
				case "false", "no", "n", "0", "नहीं" -> false;
				default -> {
					error(column, "'" + value + "' is not yes/no (true/false)");
					yield defaultValue;
				}
			};
		}

		int integer(String column, int defaultValue) {
			String value = optional(column);
			if (value == null) {
				return defaultValue;
			}
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				error(column, "'" + value + "' is not a whole number");
				return defaultValue;
			}
		}

		/**
		 * The E.164 form of a phone column; blank gives null (an error where required).
		 */
		String phone(String column, boolean required) {
			String value = required ? required(column) : optional(column);
			if (value == null) {
				return null;
			}
			return this.phones.normalise(value).orElseGet(() -> {
				error(column, "'" + value + "' is not a valid phone number (India is the default country)");
				return null;
			});
		}

		String email(String column) {
			String value = optional(column);
			if (value != null && !EMAIL.matcher(value).matches()) {
				error(column, "'" + value + "' is not a valid email address");
				return null;
			}
			return value;
		}

		Language language(String column) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			try {
				return Language.parse(value);
			}
			catch (IllegalArgumentException ex) {
				error(column, ex.getMessage());
				return null;
			}
		}

		/** A list of codes separated by ';' or '|', blank gives an empty list. */
		List<String> codes(String column) {
			String value = optional(column);
			if (value == null) {
				return List.of();
			}
			return LIST_SEPARATOR.splitAsStream(value).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
		}

	}

}
