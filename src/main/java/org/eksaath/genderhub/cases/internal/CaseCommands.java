package org.eksaath.genderhub.cases.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eksaath.genderhub.cases.Consent;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;

/** What callers of the case API send. */
final class CaseCommands {

	private CaseCommands() {
	}

	/**
	 * Opens a case from an alert. An alert without a risk level is treated as HIGH until
	 * triage: unknown is not safe.
	 */
	record OpenCase(@Size(max = 64) String alertId, @Size(max = 200) String sourceRef, @NotNull @Valid Place place,
			IncidentType incidentType, IncidentSubType subType, RiskLevel riskLevel, Boolean child, Long saathiId,
			@Valid Survivor survivor) {
	}

	record Place(@NotBlank @Size(max = 16) String stateCode, @NotBlank @Size(max = 32) String districtCode,
			@Size(max = 48) String blockCode, @Size(max = 200) String village) {
	}

	/** Survivor details: optional and minimal. */
	record Survivor(@Size(max = 200) String displayName, @Size(max = 32) String phone, @Min(0) @Max(120) Integer age,
			@Size(max = 1000) String notes) {
	}

	/**
	 * Triage: classification, risk, consent and the providers to refer to. When
	 * {@code providerIds} is null the routing policy's suggestions are used.
	 */
	record Triage(@NotNull IncidentType incidentType, IncidentSubType subType, @NotNull RiskLevel riskLevel,
			@NotNull Boolean child, @NotNull Consent consentForReferral, @NotNull Consent consentForWomensGroups,
			List<@NotNull Long> providerIds, @Size(max = 100) String actor, @Size(max = 500) String note) {
	}

	/** An action with a required reason (escalate, de-escalate). */
	record Reasoned(@NotBlank @Size(max = 400) String reason, @Size(max = 100) String actor) {
	}

	/** An action with an optional note. */
	record Noted(@Size(max = 100) String actor, @Size(max = 500) String note) {
	}

}
