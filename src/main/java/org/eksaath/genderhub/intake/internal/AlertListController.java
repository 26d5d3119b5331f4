package org.eksaath.genderhub.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For hub coordinators: the alerts that need a person (not understood, unknown sender,
 * rejected replies, failed), with their text. Under {@code /api/alerts}, not
 * {@code /api/intake/**}, so that it is protected like the rest of the staff API.
 */
@RestController
@Tag(name = "Alerts", description = "Alerts waiting for a coordinator")
class AlertListController {

	static final List<AlertStatus> NEEDS_A_PERSON = List.of(AlertStatus.RECEIVED, AlertStatus.UNPARSED,
			AlertStatus.UNKNOWN_SENDER, AlertStatus.REJECTED, AlertStatus.FAILED);

	private final AlertRepository alerts;

	AlertListController(AlertRepository alerts) {
		this.alerts = alerts;
	}

	@Operation(summary = "Alerts by status; without a status, all that wait for a coordinator")
	@GetMapping("/api/alerts")
	@Transactional(readOnly = true)
	List<AlertView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
		PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
		List<Alert> found;
		if (status == null || status.isBlank()) {
			found = this.alerts.findByStatusInOrderByReceivedAtDesc(NEEDS_A_PERSON, page);
		}
		else {
			AlertStatus wanted;
			try {
				wanted = AlertStatus.valueOf(status.strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new IntakeRejection(HttpStatus.BAD_REQUEST,
						"status must be one of " + List.of(AlertStatus.values()));
			}
			found = this.alerts.findByStatusOrderByReceivedAtDesc(wanted, page);
		}
		return found.stream()
			.map((a) -> new AlertView(a.id(), a.channel().name(), a.senderPhone(), a.apiKeyId(), a.receivedAt(),
					a.status().name(), a.caseReference(), a.error(), a.rawText()))
			.toList();
	}

	record AlertView(UUID id, String channel, String senderPhone, String apiKeyId, Instant receivedAt, String status,
			String caseReference, String error, String text) {
	}

}
