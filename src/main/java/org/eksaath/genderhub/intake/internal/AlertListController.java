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

import org.eksaath.genderhub.security.AuditTrail;
import org.eksaath.genderhub.security.StaffScope;
import org.eksaath.genderhub.security.StaffScope.Staff;

/**
 * For hub coordinators: the alerts that need a person (not understood, unknown sender,
 * rejected replies, failed), with their text. Under {@code /api/alerts}, not
 * {@code /api/intake/**}, so that it is protected like the rest of the staff API. A
 * coordinator sees her own hub's alerts and those no hub could be found for (an unknown
 * sender's, say); an administrator sees all. Every alert shown is written to the audit
 * trail, as a read of a case is.
 */
@RestController
@Tag(name = "Alerts", description = "Alerts waiting for a coordinator")
class AlertListController {

	static final List<AlertStatus> NEEDS_A_PERSON = List.of(AlertStatus.RECEIVED, AlertStatus.UNPARSED,
			AlertStatus.UNKNOWN_SENDER, AlertStatus.REJECTED, AlertStatus.FAILED);

	private final AlertRepository alerts;

	private final StaffScope staff;

	private final AuditTrail audit;

	AlertListController(AlertRepository alerts, StaffScope staff, AuditTrail audit) {
		this.alerts = alerts;
		this.staff = staff;
		this.audit = audit;
	}

	@Operation(summary = "Alerts by status; without a status, all that wait for a coordinator")
	@GetMapping("/api/alerts")
	@Transactional
	List<AlertView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
		PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
		List<AlertStatus> wanted;
		if (status == null || status.isBlank()) {
			wanted = NEEDS_A_PERSON;
		}
		else {
			try {
				wanted = List.of(AlertStatus.valueOf(status.strip().toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				throw new IntakeRejection(HttpStatus.BAD_REQUEST,
						"status must be one of " + List.of(AlertStatus.values()));
			}
		}
		Staff reader = this.staff.current()
			.orElseThrow(() -> new IntakeRejection(HttpStatus.UNAUTHORIZED, "sign in to see alerts"));
		List<Alert> found = switch (reader.role()) {
			case ADMIN -> this.alerts.findByStatusInOrderByReceivedAtDesc(wanted, page);
			case COORDINATOR ->
				(reader.jurisdiction() != null) ? this.alerts.forHub(wanted, reader.jurisdiction(), page) : List.of();
			default -> throw new IntakeRejection(HttpStatus.FORBIDDEN, "alerts are for coordinators");
		};
		for (Alert a : found) {
			this.audit.record(a.caseId(), "READ_ALERT", "ALLOWED alert " + a.id());
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
