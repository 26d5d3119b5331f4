package org.eksaath.genderhub.workflow.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short way gives what FEEL itself gives, and the project's decision tables never
 * need FEEL itself.
 */
class LiteralFeelEngineTest {

	private final FeelEngine scala = new ScalaFeelEngineFactory().createInstance();

	private final LiteralFeelEngine literal = new LiteralFeelEngine(this.scala);

	static Stream<Arguments> expressions() {
		return Stream.of(Arguments.of("\"PT4H\"", Map.of()), Arguments.of(" \"P7D\" ", Map.of()),
				Arguments.of("\"\"", Map.of()), Arguments.of("riskLevel", Map.of("riskLevel", "HIGH")),
				Arguments.of("child", Map.of("child", true)), Arguments.of("count", Map.of("count", 3)),
				Arguments.of("true", Map.of("true", "shadowed?")), Arguments.of("\"a\" + \"b\"", Map.of()),
				Arguments.of("string length(\"abc\")", Map.of()), Arguments.of("\"say \\\"hi\\\"\"", Map.of()));
	}

	@ParameterizedTest
	@MethodSource("expressions")
	void expressionsGiveWhatFeelGives(String expression, Map<String, Object> variables) {
		VariableMap context = Variables.fromMap(variables);
		Object expected = this.scala.evaluateSimpleExpression(expression, context.asVariableContext());
		assertThat((Object) this.literal.evaluateSimpleExpression(expression, context.asVariableContext()))
			.isEqualTo(expected);
	}

	static Stream<Arguments> unaryTests() {
		return Stream.of(Arguments.of("\"HIGH\"", "HIGH"), Arguments.of("\"HIGH\"", "LOW"),
				Arguments.of("\"HIGH\",\"IMMEDIATE_DANGER\"", "IMMEDIATE_DANGER"),
				Arguments.of("\"HIGH\", \"IMMEDIATE_DANGER\"", "MEDIUM"), Arguments.of("\"\"", ""),
				Arguments.of("not(\"HIGH\")", "HIGH"), Arguments.of("not(\"HIGH\")", "LOW"), Arguments.of("true", true),
				Arguments.of("true", false), Arguments.of("false", false), Arguments.of("false", true),
				Arguments.of("true", "true"), Arguments.of("-", "HIGH"), Arguments.of(" - ", false),
				Arguments.of("\"1\"", 1), Arguments.of("< 5", 3), Arguments.of("\"HIGH\",LOW", "HIGH"));
	}

	@ParameterizedTest
	@MethodSource("unaryTests")
	void inputEntriesGiveWhatFeelGives(String expression, Object input) {
		VariableMap context = Variables.createVariables().putValue("cellInput", input);
		boolean expected = this.scala.evaluateSimpleUnaryTests(expression, "cellInput", context.asVariableContext());
		assertThat(this.literal.evaluateSimpleUnaryTests(expression, "cellInput", context.asVariableContext()))
			.isEqualTo(expected);
	}

	@Test
	void theProjectsDecisionTablesNeverNeedFeelItself() throws Exception {
		LiteralFeelEngine[] built = new LiteralFeelEngine[1];
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.feelEngineFactory(() -> built[0] = new LiteralFeelEngine(this.scala));
		DmnEngine dmn = configuration.buildEngine();
		for (String risk : List.of("IMMEDIATE_DANGER", "HIGH", "MEDIUM", "LOW")) {
			assertThat(evaluate(dmn, "sla-policy.dmn", Variables.createVariables().putValue("riskLevel", risk)))
				.isNotEmpty();
			for (String type : List.of("RAPE", "PHYSICAL_ASSAULT", "NON_GBV", "FORCED_MARRIAGE")) {
				for (boolean child : List.of(true, false)) {
					assertThat(evaluate(dmn, "referral-routing.dmn",
							Variables.createVariables()
								.putValue("incidentType", type)
								.putValue("riskLevel", risk)
								.putValue("child", child)))
						.isNotEmpty();
				}
			}
		}
		assertThat(built[0]).isNotNull();
		assertThat(built[0].delegated()).isZero();
	}

	private static List<Map<String, Object>> evaluate(DmnEngine dmn, String file, VariableMap variables)
			throws Exception {
		try (InputStream in = LiteralFeelEngineTest.class.getResourceAsStream("/processes/" + file)) {
			DmnDecision decision = dmn.parseDecisions(in).get(0);
			return dmn.evaluateDecisionTable(decision, variables).getResultList();
		}
	}

}
