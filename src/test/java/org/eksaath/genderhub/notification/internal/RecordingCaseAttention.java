package org.eksaath.genderhub.notification.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eksaath.genderhub.cases.CaseAttention;

/** Keeps the problems raised on cases, as the case module would show them. */
public class RecordingCaseAttention implements CaseAttention {

	public record Problem(UUID caseId, String text) {
	}

	private final List<Problem> problems = new CopyOnWriteArrayList<>();

	@Override
	public void raise(UUID caseId, String problem) {
		this.problems.add(new Problem(caseId, problem));
	}

	public List<Problem> problems() {
		return List.copyOf(this.problems);
	}

	public void clear() {
		this.problems.clear();
	}

}
