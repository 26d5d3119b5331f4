package org.eksaath.genderhub.workflow.internal;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor find due SLA timers without reading every waiting one. Every open
 * case holds a triage or escalation timer, and the executor asks for due jobs five times
 * a second; the engine's schema has no index on the due date, so each poll read all of
 * them. With every job given a due date ({@code ensureJobDueDateNotNull}, set here) the
 * poll's condition is a plain "due date before now", which this index answers.
 *
 * <p>
 * The engine creates its tables when it starts, after Flyway has run, so the index is
 * created here, once the engine is built ("if not exists": H2 and PostgreSQL), and jobs
 * an older version left without a due date are given one.
 */
@Component
class DueJobIndexPlugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(DueJobIndexPlugin.class);

	static final String INDEX = "GH_IDX_JOB_DUEDATE";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnsureJobDueDateNotNull(true);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		DataSource dataSource = configuration.getDataSource();
		String prefix = (configuration.getDatabaseTablePrefix() != null) ? configuration.getDatabaseTablePrefix() : "";
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try {
			jdbc.execute("create index if not exists " + INDEX + " on " + prefix + "ACT_RU_JOB (DUEDATE_)");
		}
		catch (DataAccessException ex) {
			// Nodes starting together can race to create it (PostgreSQL then reports a
			// duplicate even with "if not exists"). Without it the executor still works,
			// only slower, so the node starts either way.
			log.warn("Could not create the job due-date index {} ({}); another node may have", INDEX,
					ex.getClass().getSimpleName());
		}
		// Jobs written before this setting may have no due date, and the poll no longer
		// looks for those: they are due now.
		jdbc.update("update " + prefix + "ACT_RU_JOB set DUEDATE_ = current_timestamp where DUEDATE_ is null");
	}

}
