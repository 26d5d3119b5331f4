package org.eksaath.genderhub.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eksaath.genderhub.cases.CaseSteps;
import org.eksaath.genderhub.shared.Tier;

/**
 * Stands in for the cases module in process tests: keeps a case's tier and whether
 * officials have it, the way the real one does, and records every step in order.
 */
class RecordingCaseSteps implements CaseSteps {

	final List<String> steps = new ArrayList<>();

	final List<Instant> deadlines = new ArrayList<>();

	final List<EscalationRequest> escalationRequests = new ArrayList<>();

	final List<Instant> handBackDeadlines = new ArrayList<>();

	final List<Instant> followUpNextReminders = new ArrayList<>();

	Tier tier = Tier.COMMUNITY;

	boolean withOfficials;

	@Override
	public void opened(UUID caseId, Instant triageBy) {
		this.steps.add("opened");
		this.deadlines.add(triageBy);
	}

	@Override
	public void triageClockRestarted(UUID caseId, Instant triageBy) {
		this.steps.add("triage clock restarted");
		this.deadlines.add(triageBy);
	}

	@Override
	public void immediateDanger(UUID caseId) {
		this.steps.add("immediate danger");
	}

	@Override
	public void referralRequested(UUID caseId, long providerId, Instant acknowledgeBy) {
		this.steps.add("referral requested " + providerId);
		this.deadlines.add(acknowledgeBy);
	}

	@Override
	public void referralTimedOut(UUID caseId, long providerId) {
		this.steps.add("referral timed out " + providerId);
	}

	@Override
	public Optional<Tier> escalate(EscalationRequest request) {
		this.escalationRequests.add(request);
		Tier from = request.from();
		if (from == null) {
			if (request.automatic() && this.withOfficials) {
				this.steps.add("escalation not needed");
				return Optional.empty();
			}
			from = this.tier;
		}
		else if (from != this.tier) {
			this.steps.add("escalation not needed");
			return Optional.empty();
		}
		if (from.above().isEmpty()) {
			this.withOfficials = true;
			this.steps.add("state reminded");
			return Optional.of(Tier.STATE);
		}
		this.tier = from.above().get();
		this.withOfficials = true;
		this.steps.add("escalated to " + this.tier + (request.automatic() ? "" : " by hand"));
		return Optional.of(this.tier);
	}

	@Override
	public void remind(UUID caseId, Instant respondBy) {
		this.steps.add("state reminded");
	}

	@Override
	public void followUpDue(UUID caseId, Instant nextReminder) {
		this.steps.add("follow-up reminded");
		this.followUpNextReminders.add(nextReminder);
	}

	@Override
	public Optional<Tier> deEscalate(UUID caseId, Tier from, String reason, String actor, Instant districtRespondBy) {
		if (this.tier == from && from.below().isPresent()) {
			this.tier = from.below().get();
			this.withOfficials = this.tier != Tier.COMMUNITY;
			this.steps.add("handed back to " + this.tier + ": " + reason);
			this.handBackDeadlines.add(districtRespondBy);
			return Optional.of(this.tier);
		}
		return Optional.empty();
	}

	@Override
	public void closed(UUID caseId) {
		this.steps.add("closed");
	}

	/** What the cases module does when officials report that they acted. */
	void officialsActed() {
		this.withOfficials = false;
	}

}
