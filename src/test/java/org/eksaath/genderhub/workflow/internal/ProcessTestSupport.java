package org.eksaath.genderhub.workflow.internal;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Wires the real delegates to a recording stand-in for the cases module. */
final class ProcessTestSupport {

	static final Date START = Date.from(java.time.Instant.parse("2026-11-23T10:00:00Z"));

	private ProcessTestSupport() {
	}

	static RecordingCaseSteps registerDelegates() {
		RecordingCaseSteps steps = new RecordingCaseSteps();
		Mocks.register("registerCaseDelegate", new RegisterCaseDelegate(steps));
		Mocks.register("restartTriageClockDelegate", new RestartTriageClockDelegate(steps));
		Mocks.register("raiseImmediateDangerDelegate", new RaiseImmediateDangerDelegate(steps));
		Mocks.register("requestReferralDelegate", new RequestReferralDelegate(steps));
		Mocks.register("referralTimedOutDelegate", new ReferralTimedOutDelegate(steps));
		Mocks.register("escalateCaseDelegate", new EscalateCaseDelegate(steps));
		Mocks.register("remindStateDelegate", new RemindStateDelegate(steps));
		Mocks.register("remindFollowUpDelegate", new RemindFollowUpDelegate(steps));
		Mocks.register("handBackDelegate", new HandBackDelegate(steps));
		Mocks.register("closeCaseDelegate", new CloseCaseDelegate(steps));
		ClockUtil.setCurrentTime(START);
		return steps;
	}

	static void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	static Date at(Duration sinceStart) {
		return new Date(START.getTime() + sinceStart.toMillis());
	}

	/**
	 * Moves the engine clock and runs every job that is due, as the job executor would.
	 */
	static void moveClockTo(ProcessEngine engine, Duration sinceStart) {
		ClockUtil.setCurrentTime(at(sinceStart));
		runDueJobs(engine);
	}

	static void runDueJobs(ProcessEngine engine) {
		for (int round = 0; round < 50; round++) {
			var due = engine.getManagementService().createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				engine.getManagementService().executeJob(job.getId());
			}
		}
		throw new IllegalStateException("jobs keep coming");
	}

}
