package org.eksaath.genderhub.notification.internal.twilio;

import java.util.Map;
import java.util.Set;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eksaath.genderhub.notification.internal.DeliveryFailure;
import org.eksaath.genderhub.notification.internal.NotificationSettings;
import org.eksaath.genderhub.notification.internal.NotificationStatus;
import org.eksaath.genderhub.notification.internal.OutgoingMessage;
import org.eksaath.genderhub.notification.internal.SendReceipt;
import org.eksaath.genderhub.notification.internal.SmsSender;
import org.eksaath.genderhub.notification.internal.WhatsAppSender;

/**
 * SMS and WhatsApp through Twilio's Messages API with the official SDK: the only class
 * that talks to Twilio. Sends from the Messaging Service when one is configured, else
 * from the From number; WhatsApp uses the {@code whatsapp:} address form. Asks for status
 * callbacks at {@code {public-url}/api/notifications/twilio/status} and checks their
 * signature with the SDK's {@link RequestValidator}.
 * <p>
 * India DLT: Twilio's Messages API takes no DLT fields; Twilio matches the text to the
 * templates registered for the sender. The configured template and entity ids are kept on
 * each notification and logged with each send, for audit and for carrier disputes.
 */
public class TwilioMessagingAdapter implements SmsSender, WhatsAppSender {

	private static final Logger log = LoggerFactory.getLogger(TwilioMessagingAdapter.class);

	static final String STATUS_CALLBACK_PATH = "/api/notifications/twilio/status";

	/** Twilio error codes that will not go away by trying again. */
	private static final Set<Integer> PERMANENT_CODES = Set.of(21211, 21214, 21217, 21219, 21408, 21601, 21602, 21604,
			21606, 21610, 21612, 21614, 21617, 21635, 63003, 63016);

	private final TwilioRestClient client;

	private final NotificationSettings.Twilio twilio;

	private final String statusCallback;

	private final RequestValidator validator;

	TwilioMessagingAdapter(TwilioRestClient client, NotificationSettings settings) {
		this.client = client;
		this.twilio = settings.twilio();
		this.statusCallback = settings.publicUrl() + STATUS_CALLBACK_PATH;
		this.validator = new RequestValidator(this.twilio.authToken());
	}

	@Override
	public SendReceipt sendSms(OutgoingMessage message) {
		PhoneNumber to = new PhoneNumber(message.to());
		MessageCreator creator = hasText(this.twilio.messagingServiceSid())
				? Message.creator(to, this.twilio.messagingServiceSid(), message.text())
				: Message.creator(to, new PhoneNumber(this.twilio.fromNumber()), message.text());
		return send(creator, message, "sms");
	}

	@Override
	public String smsSenderId() {
		return this.twilio.smsSender();
	}

	@Override
	public SendReceipt sendWhatsApp(OutgoingMessage message) {
		if (!hasText(this.twilio.whatsappFrom())) {
			throw DeliveryFailure.permanentFailure("WHATSAPP_NOT_CONFIGURED",
					"no WhatsApp sender configured (genderhub.notification.twilio.whatsapp-from)", null);
		}
		MessageCreator creator = Message.creator(new PhoneNumber("whatsapp:" + message.to()),
				new PhoneNumber("whatsapp:" + this.twilio.whatsappFrom()), message.text());
		return send(creator, message, "whatsapp");
	}

	@Override
	public boolean available() {
		return hasText(this.twilio.whatsappFrom());
	}

	@Override
	public String whatsAppSenderId() {
		return "whatsapp:" + this.twilio.whatsappFrom();
	}

	/**
	 * Whether a status callback really comes from Twilio: its X-Twilio-Signature over the
	 * URL Twilio called and the posted parameters, keyed with the auth token.
	 */
	public boolean isSignedByTwilio(Map<String, String> params, String signature) {
		return signature != null && !signature.isBlank()
				&& this.validator.validate(this.statusCallback, params, signature);
	}

	/** What a Twilio message status means for the notification. */
	public static NotificationStatus statusOf(String twilioStatus) {
		return switch ((twilioStatus == null) ? "" : twilioStatus) {
			case "delivered", "read" -> NotificationStatus.DELIVERED;
			case "undelivered" -> NotificationStatus.UNDELIVERED;
			case "failed", "canceled" -> NotificationStatus.FAILED;
			default -> NotificationStatus.SENT;
		};
	}

	private SendReceipt send(MessageCreator creator, OutgoingMessage message, String channel) {
		creator.setShortenUrls(false);
		if (this.twilio.statusCallback()) {
			creator.setStatusCallback(this.statusCallback);
		}
		try {
			Message sent = creator.create(this.client);
			log.info("Twilio accepted {} {} for case {} as {} ({}; DLT template {}, entity {})", channel,
					message.notificationId(), message.caseReference(), sent.getSid(), sent.getStatus(),
					message.dltTemplateId(), this.twilio.dltEntityId());
			return new SendReceipt(sent.getSid(), String.valueOf(sent.getStatus()), false);
		}
		catch (ApiException ex) {
			throw classify(ex);
		}
		catch (ApiConnectionException ex) {
			throw DeliveryFailure.transientFailure("TWILIO_CONNECTION", ex.getMessage(), ex);
		}
		catch (TwilioException ex) {
			throw DeliveryFailure.transientFailure("TWILIO", ex.getMessage(), ex);
		}
	}

	private static DeliveryFailure classify(ApiException ex) {
		Integer status = ex.getStatusCode();
		Integer code = ex.getCode();
		if (status == null) {
			// The SDK reports an I/O error (time-out, connection refused or reset) this
			// way.
			return DeliveryFailure.transientFailure("TWILIO_CONNECTION", "Twilio unreachable: " + ex.getMessage(), ex);
		}
		String errorCode = (code != null) ? String.valueOf(code) : ("HTTP_" + status);
		String text = "Twilio " + status + " (" + code + "): " + ex.getMessage();
		if (code != null && PERMANENT_CODES.contains(code)) {
			return DeliveryFailure.permanentFailure(errorCode, text, ex);
		}
		if (status == 429 || status >= 500 || status == 401) {
			return DeliveryFailure.transientFailure(errorCode, text, ex);
		}
		return DeliveryFailure.permanentFailure(errorCode, text, ex);
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

}
