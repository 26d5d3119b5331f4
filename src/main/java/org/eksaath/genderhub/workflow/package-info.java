/**
 * The response workflow: the case lifecycle, the tier escalation, the SLA policy and the
 * referral routing, modelled in BPMN and DMN under {@code processes/} and run by an
 * embedded Camunda 7 engine. All engine-specific code lives in this module; cases drive
 * it through {@link org.eksaath.genderhub.cases.CaseWorkflow} and it records what it
 * decided through {@link org.eksaath.genderhub.cases.CaseSteps}.
 */
package org.eksaath.genderhub.workflow;
