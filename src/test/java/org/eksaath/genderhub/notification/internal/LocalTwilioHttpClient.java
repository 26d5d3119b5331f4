package org.eksaath.genderhub.notification.internal;

import java.net.URI;

import com.twilio.http.NetworkHttpClient;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's own HTTP client, unchanged, except that its route goes to a local
 * stand-in: the SDK builds its requests for https://api.twilio.com as always, and the
 * Apache client's route planner connects them to the local server over plain HTTP.
 */
public class LocalTwilioHttpClient extends NetworkHttpClient {

	public LocalTwilioHttpClient(URI standIn, Timeout responseTimeout) {
		super(builder(standIn, responseTimeout));
	}

	private static HttpClientBuilder builder(URI standIn, Timeout responseTimeout) {
		HttpHost local = new HttpHost(standIn.getScheme(), standIn.getHost(), standIn.getPort());
		// As in production: no retries by the Apache client, the dispatcher does them.
		return HttpClientBuilder.create()
			.disableAutomaticRetries()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(responseTimeout).build())
				.setMaxConnTotal(20)
				.setMaxConnPerRoute(20)
				.build())
			.setRoutePlanner((target, context) -> new HttpRoute(local));
	}

}
