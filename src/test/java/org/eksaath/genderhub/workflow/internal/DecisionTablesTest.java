package org.eksaath.genderhub.workflow.internal;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The SLA policy and the referral routing say what the hub agreed. */
@Deployment(resources = { "processes/sla-policy.dmn", "processes/referral-routing.dmn" })
class DecisionTablesTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

	@ParameterizedTest
	@CsvSource({ "IMMEDIATE_DANGER, PT15M, PT30M, PT30M, PT1H, PT30M, P1D", "HIGH, PT1H, PT4H, PT4H, PT24H, PT4H, P2D",
			"MEDIUM, PT4H, PT24H, PT24H, PT72H, PT12H, P7D", "LOW, PT24H, PT72H, PT72H, P7D, P1D, P14D" })
	void slaPolicyGivesTheAgreedDurationsPerRiskLevel(String risk, String triage, String ack, String district,
			String state, String reminder, String followUp) {
		Map<String, Object> row = engine().getDecisionService()
			.evaluateDecisionByKey("slaPolicy")
			.variables(Variables.createVariables().putValue("riskLevel", risk))
			.evaluate()
			.getSingleResult()
			.getEntryMap();
		assertThat(row).containsEntry("triage", triage)
			.containsEntry("providerAcknowledgement", ack)
			.containsEntry("districtResponse", district)
			.containsEntry("stateResponse", state)
			.containsEntry("reminderInterval", reminder)
			.containsEntry("followUpInterval", followUp);
	}

	@Test
	void rapeOfAChildGoesToPoliceMedicalLegalCounsellingAndChildProtection() {
		assertThat(route("RAPE", "HIGH", true)).containsExactly("POLICE", "ONE_STOP_CENTRE", "HOSPITAL", "LEGAL_AID",
				"COUNSELLING", "CHILD_PROTECTION");
	}

	@Test
	void urgentDomesticViolenceAddsPoliceHospitalAndShelter() {
		assertThat(route("PHYSICAL_ASSAULT", "LOW", false)).containsExactly("PROTECTION_OFFICER", "ONE_STOP_CENTRE");
		assertThat(route("PHYSICAL_ASSAULT", "HIGH", false)).containsExactly("PROTECTION_OFFICER", "ONE_STOP_CENTRE",
				"POLICE", "HOSPITAL", "SHELTER");
	}

	@Test
	void immediateDangerAlwaysIncludesThePolice() {
		assertThat(route("PSYCHOLOGICAL_ABUSE", "IMMEDIATE_DANGER", false)).contains("POLICE");
		assertThat(route("NON_GBV", "LOW", false)).containsExactly("HELPLINE");
	}

	private List<Object> route(String type, String risk, boolean child) {
		return engine().getDecisionService()
			.evaluateDecisionByKey("referralRouting")
			.variables(Variables.createVariables()
				.putValue("incidentType", type)
				.putValue("riskLevel", risk)
				.putValue("child", child))
			.evaluate()
			.collectEntries("category")
			.stream()
			.distinct()
			.toList();
	}

	private ProcessEngine engine() {
		return extension.getProcessEngine();
	}

}
