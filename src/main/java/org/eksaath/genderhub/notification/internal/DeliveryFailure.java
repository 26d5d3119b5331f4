package org.eksaath.genderhub.notification.internal;

/**
 * A channel could not send a message. Adapters translate their provider's errors into
 * this, saying whether trying again later can help.
 */
public class DeliveryFailure extends RuntimeException {

	private final boolean retryable;

	private final String errorCode;

	public DeliveryFailure(boolean retryable, String errorCode, String message, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.errorCode = errorCode;
	}

	/**
	 * Worth trying again later: rate limited, server error, time-out, mail server down.
	 */
	public static DeliveryFailure transientFailure(String errorCode, String message, Throwable cause) {
		return new DeliveryFailure(true, errorCode, message, cause);
	}

	/** Will fail again: an invalid number, a rejected address. */
	public static DeliveryFailure permanentFailure(String errorCode, String message, Throwable cause) {
		return new DeliveryFailure(false, errorCode, message, cause);
	}

	public boolean retryable() {
		return this.retryable;
	}

	public String errorCode() {
		return this.errorCode;
	}

}
