package org.eksaath.genderhub.cases;

import java.time.Instant;

/**
 * A clock running on a case: the step it guards and when it fires.
 *
 * @param step element id of the timer in the process model, e.g.
 * {@code BoundaryEvent_TriageSla}
 * @param description what happens when it fires, in plain words
 * @param due when it fires
 */
public record SlaDeadline(String step, String description, Instant due) {
}
