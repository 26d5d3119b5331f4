package org.eksaath.genderhub.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test process (GreenMail) on a port that stays the same when
 * it is stopped and started again, so tests can take the mail server down for a while.
 */
public class LocalSmtp {

	private final int port;

	private GreenMail greenMail;

	public LocalSmtp() {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		start();
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		if (this.greenMail != null && this.greenMail.isRunning()) {
			return;
		}
		this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
	}

	public synchronized void stop() {
		this.greenMail.stop();
	}

	public synchronized List<MimeMessage> received() {
		return Arrays.asList(this.greenMail.getReceivedMessages());
	}

	public synchronized void purge() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
