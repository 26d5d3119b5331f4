package org.eksaath.genderhub.notification.internal.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.eksaath.genderhub.notification.internal.ChannelConditions;
import org.eksaath.genderhub.notification.internal.DeliveryFailure;
import org.eksaath.genderhub.notification.internal.EmailSender;
import org.eksaath.genderhub.notification.internal.NotificationSettings;
import org.eksaath.genderhub.notification.internal.OutgoingMessage;
import org.eksaath.genderhub.notification.internal.SendReceipt;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through Spring Mail (SMTP configured with {@code spring.mail.*}): multipart with
 * a plain text and an HTML part, in the recipient's language. A server that is down or
 * answers with a temporary error is retried; an address the server rejects is not.
 */
@Component
@Conditional(ChannelConditions.Mail.class)
class SpringMailEmailSender implements EmailSender {

	private final JavaMailSender mail;

	private final String from;

	SpringMailEmailSender(JavaMailSender mail, NotificationSettings settings) {
		this.mail = mail;
		this.from = settings.email().from();
	}

	@Override
	public SendReceipt sendEmail(OutgoingMessage message) {
		MimeMessage mime = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					"UTF-8");
			helper.setFrom(this.from);
			helper.setTo(message.to());
			helper.setSubject(message.subject());
			helper.setText(message.text(), message.html());
			mime.setHeader("Content-Language", message.language().tag());
			mime.setHeader("X-GenderHub-Notification", message.notificationId().toString());
		}
		catch (MessagingException ex) {
			throw DeliveryFailure.permanentFailure("EMAIL_INVALID", "cannot build the email: " + ex.getMessage(), ex);
		}
		try {
			this.mail.send(mime);
			return new SendReceipt(null, "accepted", false);
		}
		catch (MailAuthenticationException ex) {
			throw DeliveryFailure.transientFailure("SMTP_AUTH", ex.getMessage(), ex);
		}
		catch (MailParseException | MailPreparationException ex) {
			throw DeliveryFailure.permanentFailure("EMAIL_INVALID", ex.getMessage(), ex);
		}
		catch (MailSendException ex) {
			boolean rejectedAddress = ex.getFailedMessages()
				.values()
				.stream()
				.anyMatch((e) -> e instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
						&& sfe.getInvalidAddresses().length > 0);
			if (rejectedAddress) {
				throw DeliveryFailure.permanentFailure("SMTP_REJECTED", ex.getMessage(), ex);
			}
			throw DeliveryFailure.transientFailure("SMTP", ex.getMessage(), ex);
		}
		catch (MailException ex) {
			throw DeliveryFailure.transientFailure("SMTP", ex.getMessage(), ex);
		}
	}

	@Override
	public String emailSenderId() {
		return this.from;
	}

}
