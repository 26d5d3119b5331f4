package org.eksaath.genderhub.notification.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which adapter serves a channel is chosen by configuration: Twilio when its account,
 * token and sender are set, Spring Mail when {@code spring.mail.host} is set, the sandbox
 * otherwise — so the service starts and works with no credentials at all.
 */
public final class ChannelConditions {

	private ChannelConditions() {
	}

	static boolean twilioConfigured(Environment env) {
		return notBlank(env, "genderhub.notification.twilio.account-sid")
				&& notBlank(env, "genderhub.notification.twilio.auth-token")
				&& (notBlank(env, "genderhub.notification.twilio.messaging-service-sid")
						|| notBlank(env, "genderhub.notification.twilio.from-number"));
	}

	static boolean mailConfigured(Environment env) {
		return notBlank(env, "spring.mail.host");
	}

	private static boolean notBlank(Environment env, String key) {
		String value = env.getProperty(key);
		return value != null && !value.isBlank();
	}

	/** Twilio credentials and a sender are configured. */
	public static class Twilio implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return twilioConfigured(context.getEnvironment());
		}

	}

	/** Twilio is not configured: SMS and WhatsApp go to the sandbox. */
	public static class NoTwilio implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !twilioConfigured(context.getEnvironment());
		}

	}

	/** An SMTP server is configured. */
	public static class Mail implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return mailConfigured(context.getEnvironment());
		}

	}

	/** No SMTP server is configured: emails go to the sandbox. */
	public static class NoMail implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !mailConfigured(context.getEnvironment());
		}

	}

}
