package org.eksaath.genderhub.notification.internal;

/**
 * Published when notifications were recorded; once the transaction commits it wakes the
 * dispatcher so messages go out within moments rather than at the next poll.
 */
record NotificationsQueued() {
}
