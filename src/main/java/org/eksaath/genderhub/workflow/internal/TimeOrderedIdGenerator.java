package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.shared.TimeOrderedIds;

/**
 * The engine's ids (executions, tasks, jobs, history rows) in creation order, like the
 * project's own rows: see {@link TimeOrderedIds}. Replaces the starter's random
 * {@code StrongUuidGenerator}; ids stay unique across the nodes of a cluster.
 */
@Component
class TimeOrderedIdGenerator implements IdGenerator {

	@Override
	public String getNextId() {
		return TimeOrderedIds.next().toString();
	}

}
