package org.eksaath.genderhub.cases.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.cases.internal.CaseCommands.Noted;
import org.eksaath.genderhub.cases.internal.CaseCommands.OpenCase;
import org.eksaath.genderhub.cases.internal.CaseCommands.Reasoned;
import org.eksaath.genderhub.cases.internal.CaseCommands.Triage;
import org.eksaath.genderhub.cases.internal.CaseViews.CaseView;
import org.eksaath.genderhub.cases.internal.CaseViews.ProviderSuggestion;

/**
 * The case API. A case is addressed by its id or its six-character reference.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseApplicationService cases;

	CaseController(CaseApplicationService cases) {
		this.cases = cases;
	}

	@PostMapping
	ResponseEntity<CaseView> open(@Valid @RequestBody OpenCase command) {
		CaseView view = this.cases.open(command);
		return ResponseEntity.created(URI.create("/api/cases/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	CaseView read(@PathVariable String id) {
		return this.cases.read(id);
	}

	@GetMapping("/{id}/provider-suggestions")
	ProviderSuggestion suggestions(@PathVariable String id, @RequestParam(required = false) IncidentType incidentType,
			@RequestParam(required = false) RiskLevel riskLevel, @RequestParam(required = false) Boolean child) {
		return this.cases.suggestions(id, incidentType, riskLevel, child);
	}

	@PostMapping("/{id}/triage")
	CaseView triage(@PathVariable String id, @Valid @RequestBody Triage command) {
		return this.cases.triage(id, command);
	}

	@PostMapping("/{id}/referrals/{referralId}/acknowledge")
	CaseView acknowledge(@PathVariable String id, @PathVariable UUID referralId,
			@Valid @RequestBody(required = false) Noted command) {
		return this.cases.answerReferral(id, referralId, ReferralStatus.ACKNOWLEDGED, orEmpty(command));
	}

	@PostMapping("/{id}/referrals/{referralId}/decline")
	CaseView decline(@PathVariable String id, @PathVariable UUID referralId,
			@Valid @RequestBody(required = false) Noted command) {
		return this.cases.answerReferral(id, referralId, ReferralStatus.DECLINED, orEmpty(command));
	}

	@PostMapping("/{id}/referrals/{referralId}/action")
	CaseView reportAction(@PathVariable String id, @PathVariable UUID referralId,
			@Valid @RequestBody(required = false) Noted command) {
		return this.cases.answerReferral(id, referralId, ReferralStatus.ACTED, orEmpty(command));
	}

	@PostMapping("/{id}/escalate")
	CaseView escalate(@PathVariable String id, @Valid @RequestBody Reasoned command) {
		return this.cases.escalate(id, command);
	}

	@PostMapping("/{id}/de-escalate")
	CaseView deEscalate(@PathVariable String id, @Valid @RequestBody Reasoned command) {
		return this.cases.deEscalate(id, command);
	}

	@PostMapping("/{id}/officials-acted")
	CaseView officialsActed(@PathVariable String id, @Valid @RequestBody(required = false) Noted command) {
		return this.cases.officialsActed(id, orEmpty(command));
	}

	@PostMapping("/{id}/resolve")
	CaseView resolve(@PathVariable String id, @Valid @RequestBody(required = false) Noted command) {
		return this.cases.resolve(id, orEmpty(command));
	}

	@PostMapping("/{id}/close")
	CaseView close(@PathVariable String id, @Valid @RequestBody(required = false) Noted command) {
		return this.cases.close(id, orEmpty(command));
	}

	private static Noted orEmpty(Noted command) {
		return (command != null) ? command : new Noted(null, null);
	}

}
