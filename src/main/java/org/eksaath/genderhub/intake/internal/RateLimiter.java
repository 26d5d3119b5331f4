package org.eksaath.genderhub.intake.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts requests per key (a phone, an API key) in fixed windows, on this node. A flood
 * from one phone or one partner cannot crowd out the others; it gets 429.
 */
@Component
class RateLimiter {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final long windowMillis;

	private final Clock clock;

	RateLimiter(IntakeProperties properties, ObjectProvider<Clock> clock) {
		this.windowMillis = properties.rateLimit().window().toMillis();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Whether one more request for this key is allowed; counts it if so. */
	boolean tryAcquire(String key, int limit) {
		long index = this.clock.millis() / this.windowMillis;
		if (this.windows.size() > 100_000) {
			this.windows.values().removeIf((w) -> w.index < index);
		}
		Window window = this.windows.compute(key, (k, w) -> (w == null || w.index != index) ? new Window(index) : w);
		return window.count.incrementAndGet() <= limit;
	}

	void reset() {
		this.windows.clear();
	}

	private static final class Window {

		final long index;

		final AtomicInteger count = new AtomicInteger();

		Window(long index) {
			this.index = index;
		}

	}

}
