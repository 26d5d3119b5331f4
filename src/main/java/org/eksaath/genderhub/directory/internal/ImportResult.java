package org.eksaath.genderhub.directory.internal;

/**
 * What an import did: rows created, rows updated, rows that were already as in the file.
 */
record ImportResult(DirectoryKind kind, int created, int updated, int unchanged) {

	int rows() {
		return this.created + this.updated + this.unchanged;
	}

}
