package org.eksaath.genderhub.notification.internal.sandbox;

import org.eksaath.genderhub.notification.internal.Channel;
import org.eksaath.genderhub.notification.internal.ChannelConditions;
import org.eksaath.genderhub.notification.internal.OutgoingMessage;
import org.eksaath.genderhub.notification.internal.SendReceipt;
import org.eksaath.genderhub.notification.internal.SmsSender;
import org.eksaath.genderhub.notification.internal.WhatsAppSender;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** SMS and WhatsApp when Twilio is not configured: recorded, shown, not sent. */
@Component
@Conditional(ChannelConditions.NoTwilio.class)
class SandboxTextSender implements SmsSender, WhatsAppSender {

	private final SandboxMessages messages;

	SandboxTextSender(SandboxMessages messages) {
		this.messages = messages;
	}

	@Override
	public SendReceipt sendSms(OutgoingMessage message) {
		return this.messages.record(Channel.SMS, message);
	}

	@Override
	public String smsSenderId() {
		return "sandbox";
	}

	@Override
	public SendReceipt sendWhatsApp(OutgoingMessage message) {
		return this.messages.record(Channel.WHATSAPP, message);
	}

	@Override
	public String whatsAppSenderId() {
		return "sandbox";
	}

}
