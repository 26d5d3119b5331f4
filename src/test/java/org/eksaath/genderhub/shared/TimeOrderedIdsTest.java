package org.eksaath.genderhub.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

	@Test
	void idsAreVersion7WithTheirCreationTimeAndSortInCreationOrder() {
		long before = System.currentTimeMillis();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			ids.add(TimeOrderedIds.next());
		}
		long after = System.currentTimeMillis();
		UUID first = ids.get(0);
		assertThat(first.version()).isEqualTo(7);
		assertThat(first.variant()).isEqualTo(2);
		assertThat(first.getMostSignificantBits() >>> 16).isBetween(before, after + 50);
		// In order as UUIDs (H2, PostgreSQL) and as strings (the engine's varchar ids).
		assertThat(ids).isSorted();
		assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
		assertThat(new HashSet<>(ids)).hasSize(ids.size());
	}

	@Test
	void threadsNeverGetTheSameId() throws Exception {
		ConcurrentLinkedQueue<UUID> ids = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			Thread thread = new Thread(() -> {
				for (int i = 0; i < 20_000; i++) {
					ids.add(TimeOrderedIds.next());
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Set<UUID> distinct = new HashSet<>(ids);
		assertThat(distinct).hasSize(80_000);
	}

}
