package org.eksaath.genderhub.intake.internal.twilio;

import java.util.Map;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;

/**
 * The Twilio SDK's side of the inbound webhook: checks X-Twilio-Signature with the SDK's
 * {@link RequestValidator} and writes TwiML answers. The only intake class that touches
 * the SDK.
 */
public final class TwilioWebhooks {

	private final RequestValidator validator;

	/**
	 * @param authToken the account's auth token, or blank when Twilio is not set up
	 */
	public TwilioWebhooks(String authToken) {
		this.validator = (authToken == null || authToken.isBlank()) ? null : new RequestValidator(authToken);
	}

	public boolean configured() {
		return this.validator != null;
	}

	/** Whether the signature is Twilio's for this URL and these form parameters. */
	public boolean valid(String url, Map<String, String> parameters, String signature) {
		if (this.validator == null || signature == null || signature.isBlank() || signature.length() > 200) {
			return false;
		}
		return this.validator.validate(url, parameters, signature);
	}

	/** TwiML that sends one message back to the sender, or nothing when text is null. */
	public static String reply(String text) {
		MessagingResponse.Builder response = new MessagingResponse.Builder();
		if (text != null) {
			response.message(new Message.Builder().body(new Body.Builder(text).build()).build());
		}
		try {
			return response.build().toXml();
		}
		catch (TwiMLException ex) {
			throw new IllegalStateException("cannot write TwiML", ex);
		}
	}

}
