package org.eksaath.genderhub.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * FEEL for the decision tables, with a short way for the expressions they are made of: a
 * string literal ({@code "PT4H"}), a variable name ({@code riskLevel}) whose value is a
 * string, and input entries that list string literals
 * ({@code "HIGH","IMMEDIATE_DANGER"}). Everything else, and those forms when the value is
 * not a string, goes to the FEEL engine itself, which would give the same answers but
 * builds its whole library of built-in functions for every cell it evaluates (a tenth of
 * the time it takes to open a case).
 */
final class LiteralFeelEngine implements FeelEngine {

	private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

	private static final Pattern STRINGS = Pattern.compile("\\s*\"[^\"\\\\]*\"(\\s*,\\s*\"[^\"\\\\]*\")*\\s*");

	private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");

	/** Names FEEL reads as something other than a variable. */
	private static final Set<String> RESERVED = Set.of("true", "false", "null", "not", "and", "or", "between",
			"instance", "of", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies", "function");

	private final FeelEngine feel;

	/** Input entries already split into their literals. */
	private final ConcurrentHashMap<String, List<String>> literalLists = new ConcurrentHashMap<>();

	private final AtomicLong delegated = new AtomicLong();

	LiteralFeelEngine(FeelEngine feel) {
		this.feel = feel;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
		Matcher literal = STRING.matcher(expression.strip());
		if (literal.matches()) {
			return (T) literal.group(1);
		}
		Matcher name = NAME.matcher(expression);
		if (name.matches() && !RESERVED.contains(name.group(1)) && variables.containsVariable(name.group(1))) {
			TypedValue value = variables.resolve(name.group(1));
			if (value != null && (value.getValue() instanceof String || value.getValue() instanceof Boolean)) {
				return (T) value.getValue();
			}
		}
		this.delegated.incrementAndGet();
		return this.feel.evaluateSimpleExpression(expression, variables);
	}

	@Override
	public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
		if (expression.strip().equals("-")) {
			// "Any value": most cells of a decision table.
			return true;
		}
		TypedValue input = variables.containsVariable(inputVariable) ? variables.resolve(inputVariable) : null;
		if (input != null && input.getValue() instanceof String text) {
			List<String> literals = this.literalLists.computeIfAbsent(expression, LiteralFeelEngine::literals);
			if (!literals.isEmpty()) {
				return literals.contains(text);
			}
		}
		if (input != null && input.getValue() instanceof Boolean flag) {
			String test = expression.strip();
			if (test.equals("true") || test.equals("false")) {
				return flag == Boolean.parseBoolean(test);
			}
		}
		this.delegated.incrementAndGet();
		return this.feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
	}

	/** The string literals of a comma-separated list of them; empty for anything else. */
	static List<String> literals(String expression) {
		if (!STRINGS.matcher(expression).matches()) {
			return List.of();
		}
		List<String> literals = new ArrayList<>();
		Matcher m = STRING.matcher(expression);
		while (m.find()) {
			literals.add(m.group(1));
		}
		return List.copyOf(literals);
	}

	/** How many evaluations went to the FEEL engine itself. */
	long delegated() {
		return this.delegated.get();
	}

}
