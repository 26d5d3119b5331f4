package org.eksaath.genderhub.directory.internal;

import java.util.List;

/** A file that was not imported at all, with every reason found. */
class ImportRejected extends RuntimeException {

	private final DirectoryKind kind;

	private final List<ImportError> errors;

	ImportRejected(DirectoryKind kind, List<ImportError> errors) {
		super(kind.fileName() + " was not imported: " + errors.size() + " error(s), first: " + errors.get(0));
		this.kind = kind;
		this.errors = List.copyOf(errors);
	}

	DirectoryKind kind() {
		return this.kind;
	}

	List<ImportError> errors() {
		return this.errors;
	}

}
