package org.eksaath.genderhub.workflow.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN and DMN files of {@code genderhub.workflow.models-directory} after the
 * packaged ones, so that a deployment can change a policy table or a process without a
 * new build. Unchanged files are not deployed again.
 */
@Component
class ExternalModelsDeployer {

	private static final Logger log = LoggerFactory.getLogger(ExternalModelsDeployer.class);

	static final String DEPLOYMENT_NAME = "genderhub-external-models";

	private final RepositoryService repository;

	private final WorkflowProperties properties;

	ExternalModelsDeployer(RepositoryService repository, WorkflowProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void deploy() throws IOException {
		Path directory = this.properties.modelsDirectory();
		if (directory == null || directory.toString().isBlank()) {
			return;
		}
		if (!Files.isDirectory(directory)) {
			throw new IllegalStateException(
					"genderhub.workflow.models-directory " + directory.toAbsolutePath() + " is not a directory");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter((p) -> {
				String name = p.getFileName().toString();
				return name.endsWith(".bpmn") || name.endsWith(".dmn");
			}).sorted().toList();
		}
		if (files.isEmpty()) {
			log.warn("No BPMN or DMN files in {}", directory.toAbsolutePath());
			return;
		}
		DeploymentBuilder deployment = this.repository.createDeployment()
			.name(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(false);
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				deployment.addInputStream(file.getFileName().toString(), new ByteArrayInputStream(in.readAllBytes()));
			}
		}
		var deployed = deployment.deployWithResult();
		log.info("Deployed {} model file(s) from {} as deployment {}", files.size(), directory.toAbsolutePath(),
				deployed.getId());
	}

}
