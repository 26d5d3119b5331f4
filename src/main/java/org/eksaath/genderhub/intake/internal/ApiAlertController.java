package org.eksaath.genderhub.intake.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.shared.PlaceRef;

/** Partner systems post alerts here with their own API key. */
@RestController
@Tag(name = "Intake", description = "Alerts from partner systems")
class ApiAlertController {

	private final IntakeService intake;

	private final ApiKeys keys;

	private final RateLimiter limiter;

	private final IntakeProperties properties;

	private final PhoneNumberCheck phones;

	ApiAlertController(IntakeService intake, ApiKeys keys, RateLimiter limiter, IntakeProperties properties,
			PhoneNumberCheck phones) {
		this.intake = intake;
		this.keys = keys;
		this.limiter = limiter;
		this.properties = properties;
		this.phones = phones;
	}

	@Operation(summary = "Raise an alert",
			description = "Stores the alert first, then opens a case (or joins the open case of the same sender and place). "
					+ "The text follows the SMS grammar (HELP <type> <place> <details>) unless a place is given. "
					+ "An alert that cannot be understood is stored for a coordinator (status UNPARSED).")
	@ApiResponse(responseCode = "201", description = "Stored; a case was opened or joined")
	@ApiResponse(responseCode = "202", description = "Stored for a coordinator to read")
	@ApiResponse(responseCode = "400", description = "Malformed body")
	@ApiResponse(responseCode = "401", description = "Missing or unknown API key")
	@ApiResponse(responseCode = "413", description = "Body too large")
	@ApiResponse(responseCode = "429", description = "Too many alerts from this key or sender")
	@PostMapping(path = "/api/intake/alerts", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AlertReceipt> raise(@Parameter(description = "The partner system's key") @RequestHeader(
			name = "X-Api-Key", required = false) String apiKey, @Valid @RequestBody ApiAlert body) {
		String keyId = this.keys.identify(apiKey)
			.orElseThrow(() -> new IntakeRejection(HttpStatus.UNAUTHORIZED, "missing or unknown X-Api-Key"));
		if (!this.limiter.tryAcquire("key:" + keyId, this.properties.rateLimit().perApiKey())) {
			throw new IntakeRejection(HttpStatus.TOO_MANY_REQUESTS,
					"too many alerts from this API key; try again after " + this.properties.rateLimit().window());
		}
		String phone = null;
		if (body.senderPhone() != null && !body.senderPhone().isBlank()) {
			phone = this.phones.normalise(body.senderPhone())
				.orElseThrow(() -> new IntakeRejection(HttpStatus.BAD_REQUEST, "senderPhone: not a phone number"));
			if (!this.limiter.tryAcquire("phone:" + phone, this.properties.rateLimit().perSender())) {
				throw new IntakeRejection(HttpStatus.TOO_MANY_REQUESTS,
						"too many alerts from this sender; try again after " + this.properties.rateLimit().window());
			}
		}
		PlaceRef place = (body.place() != null) ? new PlaceRef(body.place().stateCode(), body.place().districtCode(),
				blankToNull(body.place().blockCode()), blankToNull(body.place().village())) : null;
		Outcome outcome = this.intake.accept(new Incoming(AlertChannel.API, phone, keyId,
				blankToNull(body.externalId()), body.text(), place, body.subType()));
		HttpStatus status = (outcome.caseReference() != null) ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status)
			.body(new AlertReceipt(outcome.alertId(), outcome.status().name(), outcome.caseReference(), outcome.reply(),
					outcome.replay()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Schema(description = "An alert from a partner system")
	record ApiAlert(
			@Schema(description = "What was reported; SMS grammar or free text",
					example = "HELP DV Malihabad husband beats her daily") @NotBlank @Size(max = 2000) String text,
			@Schema(description = "The Saathi's registered phone, if he raised it (E.164)",
					example = "+915000100001") @Size(max = 32) String senderPhone,
			@Schema(description = "The partner's own id for this alert; the same id is stored once",
					example = "partner-4711") @Size(max = 100) @Pattern(regexp = "[\\p{Alnum}._:-]*",
							message = "only letters, digits and . _ : -") String externalId,
			@Schema(description = "Where it happened, when the partner knows the directory codes") @Valid Place place,
			@Schema(description = "Sub-type, when the partner knows it") IncidentSubType subType) {
	}

	record Place(@NotBlank @Size(max = 16) String stateCode, @NotBlank @Size(max = 32) String districtCode,
			@Size(max = 48) String blockCode, @Size(max = 200) String village) {
	}

	@Schema(description = "What became of the alert")
	record AlertReceipt(UUID alertId, String status, String caseReference, String message, boolean replay) {
	}

}
