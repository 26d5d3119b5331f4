package org.eksaath.genderhub.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username and per address in a sliding window; past the
 * limit, sign-in is refused until old failures leave the window. In memory, per node.
 */
class SignInThrottle {

	private final int maxPerUser;

	private final int maxPerAddress;

	private final java.time.Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	SignInThrottle(int maxPerUser, int maxPerAddress, java.time.Duration window, Clock clock) {
		this.maxPerUser = maxPerUser;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
		this.clock = clock;
	}

	boolean blocked(String username, String address) {
		return count("u:" + normalise(username)) >= this.maxPerUser || count("a:" + address) >= this.maxPerAddress;
	}

	void failed(String username, String address) {
		add("u:" + normalise(username));
		add("a:" + address);
	}

	void succeeded(String username) {
		this.failures.remove("u:" + normalise(username));
	}

	private static String normalise(String username) {
		return (username != null) ? username.trim().toLowerCase() : "";
	}

	private int count(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times);
			return times.size();
		}
	}

	private void add(String key) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(this.clock.instant());
		}
	}

	private void prune(Deque<Instant> times) {
		Instant oldest = this.clock.instant().minus(this.window);
		while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
			times.removeFirst();
		}
	}

}
