package org.eksaath.genderhub.cases.internal;

import java.util.function.Supplier;

/**
 * Marks calls into the case service made by a module that has authenticated the sender
 * itself (intake: a provider's phone, a Saathi's code), so that they skip the staff
 * jurisdiction check; they are still audited. Web requests never run inside it.
 */
final class TrustedCaller {

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private TrustedCaller() {
	}

	static <T> T call(Supplier<T> work) {
		Boolean before = ACTIVE.get();
		ACTIVE.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				ACTIVE.remove();
			}
		}
	}

	static boolean active() {
		return Boolean.TRUE.equals(ACTIVE.get());
	}

}
