package org.eksaath.genderhub.shared;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Row ids that sort by creation time (UUID version 7, RFC 9562): 48 bits of Unix
 * milliseconds, a 12-bit counter that keeps ids from this process in order within a
 * millisecond, and 62 random bits. A new row's key lands at the end of the table's B-tree
 * instead of on a random page, so inserts touch pages already in the database's cache
 * however large the tables grow (random UUIDs made H2 read pages back from the file on
 * most inserts once the tables outgrew its cache).
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Last (milliseconds << 12 | counter) handed out. */
	private static final AtomicLong LAST = new AtomicLong();

	private TimeOrderedIds() {
	}

	public static UUID next() {
		long now = System.currentTimeMillis() << 12;
		// Later than the last one, even when the clock stands still or steps back.
		long stamp = LAST.updateAndGet((last) -> (now > last) ? now : last + 1);
		long millis = stamp >>> 12;
		long counter = stamp & 0xFFFL;
		long high = (millis << 16) | 0x7000L | counter;
		long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}

}
