package org.eksaath.genderhub.cases.internal;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.eksaath.genderhub.cases.CaseActionNotAllowed;

/** Turns case errors into problem details that name what is wrong. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CaseController.class)
class CaseProblemHandler {

	@ExceptionHandler(CaseNotFound.class)
	ProblemDetail notFound(CaseNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(CaseActionNotAllowed.class)
	ProblemDetail conflict(CaseActionNotAllowed ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(InvalidCaseInput.class)
	ProblemDetail invalid(InvalidCaseInput ex) {
		return badRequest(ex.getMessage(), List.of(ex.field()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> e.getField() + ": " + e.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return badRequest(detail, ex.getBindingResult().getFieldErrors().stream().map((e) -> e.getField()).toList());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map((p) -> (p.getFieldName() != null) ? p.getFieldName() : "[" + p.getIndex() + "]")
				.collect(Collectors.joining("."));
			String detail = (mapping instanceof InvalidFormatException format)
					? field + ": cannot read '" + format.getValue() + "'" : field + ": cannot be read";
			return badRequest(detail, List.of(field));
		}
		return badRequest("the request body cannot be read as JSON", List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(ex.getName() + ": cannot read '" + ex.getValue() + "'", List.of(ex.getName()));
	}

	private static ProblemDetail badRequest(String detail, List<String> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("fields", fields);
		return problem;
	}

}
