package org.eksaath.genderhub.notification.internal.sandbox;

import org.eksaath.genderhub.notification.internal.Channel;
import org.eksaath.genderhub.notification.internal.ChannelConditions;
import org.eksaath.genderhub.notification.internal.EmailSender;
import org.eksaath.genderhub.notification.internal.OutgoingMessage;
import org.eksaath.genderhub.notification.internal.SendReceipt;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Email when no SMTP server is configured: recorded, shown, not sent. */
@Component
@Conditional(ChannelConditions.NoMail.class)
class SandboxEmailSender implements EmailSender {

	private final SandboxMessages messages;

	SandboxEmailSender(SandboxMessages messages) {
		this.messages = messages;
	}

	@Override
	public SendReceipt sendEmail(OutgoingMessage message) {
		return this.messages.record(Channel.EMAIL, message);
	}

	@Override
	public String emailSenderId() {
		return "sandbox";
	}

}
