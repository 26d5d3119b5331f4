package org.eksaath.genderhub.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the fictional demo directory (classpath {@code demo/directory/*.csv}) through the
 * same importer administrators use, when {@code genderhub.directory.demo-data} is on. It
 * runs on every start; since import is keyed on natural keys, a second run changes
 * nothing.
 */
@Component
class DemoDirectoryLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

	private final DirectoryProperties properties;

	private final DirectoryImporter importer;

	DemoDirectoryLoader(DirectoryProperties properties, DirectoryImporter importer) {
		this.properties = properties;
		this.importer = importer;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void load() {
		if (!this.properties.demoData()) {
			return;
		}
		int rows = 0;
		for (DirectoryKind kind : DirectoryKind.values()) {
			ClassPathResource file = new ClassPathResource("demo/directory/" + kind.fileName());
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				rows += this.importer.importCsv(kind, reader).rows();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("demo directory file " + kind.fileName() + " cannot be read", ex);
			}
		}
		log.info("Demo directory loaded: {} rows (fictional people and numbers only)", rows);
	}

}
