package org.eksaath.genderhub.notification.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces sends of one sender evenly: at most {@code perSecond} a second on this node, no
 * bursts (carriers and Twilio count per second). A cluster of N nodes should configure
 * the sender's rate divided by N.
 */
class SenderRateLimiter {

	private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

	/** Blocks until this sender may send again; returns the nanoseconds waited. */
	long acquire(String sender, double perSecond) {
		long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
		Slot slot = this.slots.computeIfAbsent(sender, (s) -> new Slot());
		long at;
		synchronized (slot) {
			long now = System.nanoTime();
			at = Math.max(now, slot.next);
			slot.next = at + interval;
		}
		long wait = at - System.nanoTime();
		long waited = Math.max(0, wait);
		while (wait > 0) {
			LockSupport.parkNanos(wait);
			if (Thread.interrupted()) {
				Thread.currentThread().interrupt();
				break;
			}
			wait = at - System.nanoTime();
		}
		return waited;
	}

	private static final class Slot {

		long next = Long.MIN_VALUE;

	}

}
