package org.eksaath.genderhub.directory.internal;

/**
 * One thing wrong in a CSV file.
 *
 * @param row line of the file as a spreadsheet shows it (the header is row 1)
 * @param column the column at fault, or null when the whole row is
 * @param message what is wrong, in plain words
 */
record ImportError(long row, String column, String message) {

	@Override
	public String toString() {
		return "row " + this.row + ((this.column != null) ? ", column " + this.column : "") + ": " + this.message;
	}

}
