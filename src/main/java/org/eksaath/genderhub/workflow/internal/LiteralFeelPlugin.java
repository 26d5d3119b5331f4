package org.eksaath.genderhub.workflow.internal;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Gives the engine's decision tables the {@link LiteralFeelEngine}: the same answers,
 * without rebuilding FEEL's library for every cell. Also named in the process tests'
 * {@code camunda.cfg.xml}, so the decision table tests run through it.
 */
@Component
public class LiteralFeelPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DefaultDmnEngineConfiguration dmn = (configuration.getDmnEngineConfiguration() != null)
				? configuration.getDmnEngineConfiguration()
				: (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
		ScalaFeelEngineFactory feel = new ScalaFeelEngineFactory(configuration.getDmnFeelCustomFunctionProviders());
		dmn.feelEngineFactory(() -> new LiteralFeelEngine(feel.createInstance()));
		configuration.setDmnEngineConfiguration(dmn);
	}

}
