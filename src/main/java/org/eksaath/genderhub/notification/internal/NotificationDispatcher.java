package org.eksaath.genderhub.notification.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the outbox holds, after the deciding transaction committed: woken at once by
 * the commit, and polling for everything else (retries due, notifications left by a node
 * that died, a restart). Each notification is claimed by exactly one node with a
 * conditional update and a lease; sends are spaced per sender by the rate limit; failures
 * are retried with exponential backoff or, when permanent, handed to the fallback.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final DeliveryRecorder recorder;

	private final FallbackPolicy fallback;

	private final SmsSender sms;

	private final WhatsAppSender whatsApp;

	private final EmailSender email;

	private final NotificationSettings settings;

	private final SenderRateLimiter rateLimiter = new SenderRateLimiter();

	private final Semaphore wakeUp = new Semaphore(0);

	private final Semaphore inFlight;

	private final String node;

	private volatile boolean running;

	private Thread loop;

	private ExecutorService workers;

	NotificationDispatcher(DeliveryRecorder recorder, FallbackPolicy fallback, SmsSender sms, WhatsAppSender whatsApp,
			EmailSender email, NotificationSettings settings) {
		this.recorder = recorder;
		this.fallback = fallback;
		this.sms = sms;
		this.whatsApp = whatsApp;
		this.email = email;
		this.settings = settings;
		this.inFlight = new Semaphore(settings.dispatcher().batchSize());
		String configured = settings.dispatcher().nodeId();
		this.node = (configured != null && !configured.isBlank()) ? configured
				: hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Wakes the dispatcher once the transaction that recorded notifications committed.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onQueued(NotificationsQueued queued) {
		this.wakeUp.release();
	}

	public String node() {
		return this.node;
	}

	@Override
	public synchronized void start() {
		if (this.running || !this.settings.dispatcher().enabled()) {
			return;
		}
		this.running = true;
		AtomicInteger count = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(this.settings.dispatcher().workers(), (r) -> {
			Thread t = new Thread(r, "notification-send-" + count.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		this.loop = new Thread(this::run, "notification-dispatcher");
		this.loop.setDaemon(true);
		this.loop.start();
		log.info("Notification dispatcher started on node {}", this.node);
	}

	@Override
	public void stop() {
		Thread thread;
		ExecutorService pool;
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.running = false;
			thread = this.loop;
			pool = this.workers;
		}
		this.wakeUp.release();
		try {
			thread.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		pool.shutdown();
		try {
			// Let sends under way finish and be recorded.
			pool.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Notification dispatcher stopped on node {}", this.node);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the database goes, start after everything else is up.
		return Integer.MAX_VALUE - 100;
	}

	/**
	 * The node's loop: keeps up to a batch of claimed notifications in flight, claiming
	 * more when half of them are done (so sending never waits for a claim), and otherwise
	 * sleeps until a commit, a finished send or the poll interval wakes it.
	 */
	private void run() {
		long pollMillis = this.settings.dispatcher().pollInterval().toMillis();
		int batch = this.settings.dispatcher().batchSize();
		long lastFallbacks = 0;
		while (this.running) {
			try {
				int claimed = 0;
				int free = this.inFlight.availablePermits();
				if (free >= Math.max(1, batch / 2)) {
					claimed = claimAndSubmit(free);
				}
				if (System.nanoTime() - lastFallbacks >= TimeUnit.MILLISECONDS.toNanos(pollMillis)) {
					handleFallbacks();
					lastFallbacks = System.nanoTime();
				}
				if (claimed == 0) {
					this.wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
					this.wakeUp.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The database may be away for a moment; the outbox keeps everything.
				log.error("Notification dispatch cycle failed; trying again in {} ms", pollMillis, ex);
				sleepQuietly(pollMillis);
			}
		}
	}

	private int claimAndSubmit(int max) {
		List<UUID> due = this.recorder.due(max);
		if (due.isEmpty()) {
			return 0;
		}
		List<Notification> claimed = this.recorder.claimAll(due, this.node);
		for (Notification n : claimed) {
			this.inFlight.acquireUninterruptibly();
			this.workers.execute(() -> {
				try {
					send(n);
				}
				finally {
					this.inFlight.release();
					this.wakeUp.release();
				}
			});
		}
		return claimed.size();
	}

	/**
	 * Claims one batch of due notifications and sends them in the calling thread; returns
	 * how many it claimed. For tests that drive the dispatcher step by step while it is
	 * not started.
	 */
	public int dispatchDue() {
		List<UUID> due = this.recorder.due(this.settings.dispatcher().batchSize());
		List<Notification> claimed = due.isEmpty() ? List.of() : this.recorder.claimAll(due, this.node);
		claimed.forEach(this::send);
		return claimed.size();
	}

	/**
	 * Moves messages that did not reach their recipient on to the next channel or
	 * contact.
	 */
	public void handleFallbacks() {
		for (UUID id : this.recorder.fallbackDue(this.settings.dispatcher().batchSize())) {
			try {
				this.fallback.handle(id);
			}
			catch (RuntimeException ex) {
				// Rolled back: it is tried again at the next cycle; the others go on.
				log.error("Fallback of notification {} failed; will try again", id, ex);
			}
		}
	}

	private void send(Notification n) {
		OutgoingMessage message = new OutgoingMessage(n.id(), n.caseReference(), n.address(), n.language(), n.subject(),
				n.body(), n.htmlBody(), n.dltTemplateId());
		try {
			SendReceipt receipt = switch (n.channel()) {
				case SMS -> {
					this.rateLimiter.acquire("sms:" + this.sms.smsSenderId(), this.settings.twilio().smsPerSecond());
					yield this.sms.sendSms(message);
				}
				case WHATSAPP -> {
					this.rateLimiter.acquire("whatsapp:" + this.whatsApp.whatsAppSenderId(),
							this.settings.twilio().whatsappPerSecond());
					yield this.whatsApp.sendWhatsApp(message);
				}
				case EMAIL -> {
					this.rateLimiter.acquire("email:" + this.email.emailSenderId(), this.settings.email().perSecond());
					yield this.email.sendEmail(message);
				}
			};
			this.recorder.sent(n, this.node, receipt);
		}
		catch (DeliveryFailure failure) {
			this.recorder.failed(n, this.node, failure);
		}
		catch (RuntimeException ex) {
			// An adapter bug or an unforeseen provider error: retry with backoff, bounded
			// by the attempts, rather than lose the message.
			this.recorder.failed(n, this.node, DeliveryFailure.transientFailure(ex.getClass().getSimpleName(),
					String.valueOf(ex.getMessage()), ex));
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "node";
		}
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
