package org.eksaath.genderhub.workflow.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the response workflow.
 *
 * @param modelsDirectory a directory of BPMN and DMN files deployed at startup in
 * addition to those packaged in the application; a file there with the same process or
 * decision id replaces the packaged one (for example an SLA policy with other durations),
 * without recompiling. Empty: only the packaged models.
 */
@Validated
@ConfigurationProperties("genderhub.workflow")
record WorkflowProperties(Path modelsDirectory) {
}
