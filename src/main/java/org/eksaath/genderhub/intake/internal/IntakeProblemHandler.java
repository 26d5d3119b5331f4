package org.eksaath.genderhub.intake.internal;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Intake paths answer every refusal with a status and a sentence that says what is wrong,
 * never a 500: a request that cannot be handled after its alert was stored has already
 * been answered by {@link IntakeService}; what is left here is refused before storing.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { ApiAlertController.class, TwilioInboundController.class,
		SmsGatewayController.class, AlertListController.class, AlertFormController.class })
class IntakeProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(IntakeProblemHandler.class);

	@ExceptionHandler(IntakeRejection.class)
	ResponseEntity<ProblemDetail> rejected(IntakeRejection ex) {
		return problem(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> e.getField() + ": " + e.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return problem(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "invalid body" : detail);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyLimitFilter.BodyTooLarge) {
				return problem(HttpStatus.PAYLOAD_TOO_LARGE, t.getMessage());
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "the body is missing or is not the JSON this endpoint expects");
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex) {
		return problem(HttpStatus.BAD_REQUEST, "header " + ex.getHeaderName() + " is required");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type " + ex.getContentType() + " is not accepted");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		// Nothing was stored (storing is the first step); the sender may try again.
		log.error("Intake request failed before its alert was stored ({})", ex.getClass().getName());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "the alert could not be stored just now; please try again");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return ResponseEntity.status(status).body(problem);
	}

}
