package org.eksaath.genderhub.notification.internal.sandbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eksaath.genderhub.notification.internal.Channel;
import org.eksaath.genderhub.notification.internal.OutgoingMessage;
import org.eksaath.genderhub.notification.internal.SendReceipt;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sandbox channels would have sent, kept in the database so a newcomer (and a
 * test) can see every message that would have gone out.
 */
@Component
public class SandboxMessages {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SandboxMessages(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional
	public SendReceipt record(Channel channel, OutgoingMessage message) {
		this.jdbc.update(
				"insert into notification_sandbox_message (notification_id, channel, recipient, subject, body, recorded_at)"
						+ " values (?, ?, ?, ?, ?, ?)",
				message.notificationId(), channel.name(), message.to(), message.subject(), message.text(),
				Timestamp.from(this.clock.instant()));
		return new SendReceipt("sandbox-" + message.notificationId(), "sandbox", true);
	}

	/** The latest messages, newest first. */
	@Transactional(readOnly = true)
	public List<SandboxMessage> latest(int limit) {
		return this.jdbc.query(
				"select id, notification_id, channel, recipient, subject, body, recorded_at"
						+ " from notification_sandbox_message order by id desc limit ?",
				(rs, row) -> new SandboxMessage(rs.getLong("id"), rs.getObject("notification_id", UUID.class),
						Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
						rs.getString("body"), rs.getTimestamp("recorded_at").toInstant()),
				limit);
	}

	/**
	 * One message the sandbox recorded.
	 *
	 * @param id sequence number
	 * @param notificationId outbox id
	 * @param channel channel it would have gone by
	 * @param to phone number or email address
	 * @param subject email subject, or null
	 * @param text the text
	 * @param recordedAt when
	 */
	public record SandboxMessage(long id, UUID notificationId, Channel channel, String to, String subject, String text,
			Instant recordedAt) {
	}

}
