package org.eksaath.genderhub.cases.internal;

import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseAttention;

/** Keeps problems on a case open and visible on its timeline. */
@Service
class CaseAttentionRecorder implements CaseAttention {

	private static final Logger log = LoggerFactory.getLogger(CaseAttentionRecorder.class);

	private final CaseJournal journal;

	private final CaseProblemRepository problems;

	CaseAttentionRecorder(CaseJournal journal, CaseProblemRepository problems) {
		this.journal = journal;
		this.problems = problems;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void raise(UUID caseId, String problem) {
		CaseRecord kase = this.journal.lock(caseId);
		this.problems.save(new CaseProblem(caseId, Instant.now(), problem));
		this.journal.record(kase, CaseJournal.SYSTEM, "PROBLEM", problem);
		log.warn("Case {} needs attention: {}", kase.reference(), problem);
	}

}
