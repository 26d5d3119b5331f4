package org.eksaath.genderhub.notification.internal.twilio;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eksaath.genderhub.notification.internal.ChannelConditions;
import org.eksaath.genderhub.notification.internal.DeliveryReports;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's status callback (form-encoded). A request without a valid X-Twilio-Signature
 * gets 403 and changes nothing.
 */
@RestController
@Conditional(ChannelConditions.Twilio.class)
class TwilioStatusCallbackController {

	private static final Logger log = LoggerFactory.getLogger(TwilioStatusCallbackController.class);

	private final TwilioMessagingAdapter twilio;

	private final DeliveryReports reports;

	TwilioStatusCallbackController(TwilioMessagingAdapter twilio, DeliveryReports reports) {
		this.twilio = twilio;
		this.reports = reports;
	}

	@PostMapping(path = TwilioMessagingAdapter.STATUS_CALLBACK_PATH,
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> status(HttpServletRequest request,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		Map<String, String> params = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, (values.length > 0) ? values[0] : ""));
		if (!this.twilio.isSignedByTwilio(params, signature)) {
			log.warn("Rejected a Twilio status callback with a bad signature (message {})", params.get("MessageSid"));
			return ResponseEntity.status(403).build();
		}
		String sid = params.get("MessageSid");
		String status = params.get("MessageStatus");
		if (sid == null || status == null) {
			return ResponseEntity.badRequest().build();
		}
		this.reports.report(sid, TwilioMessagingAdapter.statusOf(status), status, params.get("ErrorCode"));
		return ResponseEntity.noContent().build();
	}

}
