package org.eksaath.genderhub.directory.internal;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers so that re-importing the same file is seen to change nothing. */
final class Changes {

	private Changes() {
	}

	static boolean differ(Object a, Object b) {
		return !Objects.equals(a, b);
	}

	static <T> boolean differ(Set<T> current, Set<T> wanted, java.util.function.Function<T, Object> key) {
		Set<Object> a = current.stream().map(key).collect(Collectors.toSet());
		Set<Object> b = wanted.stream().map(key).collect(Collectors.toSet());
		return !a.equals(b);
	}

}
