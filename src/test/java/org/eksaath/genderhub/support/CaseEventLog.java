package org.eksaath.genderhub.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import org.eksaath.genderhub.cases.CaseEvent;

/** Records every case event published, as the notification module would hear them. */
public class CaseEventLog {

	private final List<Heard> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(CaseEvent event) {
		this.heard.add(new Heard(event, Instant.now()));
	}

	public List<CaseEvent> of(UUID caseId) {
		return this.heard.stream().map(Heard::event).filter((e) -> e.snapshot().caseId().equals(caseId)).toList();
	}

	public <T extends CaseEvent> List<T> of(UUID caseId, Class<T> type) {
		return of(caseId).stream().filter(type::isInstance).map(type::cast).toList();
	}

	public record Heard(CaseEvent event, Instant at) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		CaseEventLog caseEventLog() {
			return new CaseEventLog();
		}

	}

}
