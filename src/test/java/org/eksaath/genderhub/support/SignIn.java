package org.eksaath.genderhub.support;

import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Signs test requests in with HTTP Basic. The default (embedded) profile creates the
 * bootstrap administrator {@code admin}/{@code admin} and the demo users (password
 * {@code demo}); see the README.
 */
public final class SignIn {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin";

	public static final String DEMO_PASSWORD = "demo";

	private SignIn() {
	}

	/** Every request of this template goes as the bootstrap administrator. */
	public static TestRestTemplate asAdmin(TestRestTemplate http) {
		return as(http, ADMIN, ADMIN_PASSWORD);
	}

	public static TestRestTemplate as(TestRestTemplate http, String username, String password) {
		http.getRestTemplate().getInterceptors().removeIf(BasicAuth.class::isInstance);
		http.getRestTemplate().getInterceptors().add(new BasicAuth(username, password));
		return http;
	}

	private record BasicAuth(String username,
			String password) implements org.springframework.http.client.ClientHttpRequestInterceptor {

		@Override
		public org.springframework.http.client.ClientHttpResponse intercept(
				org.springframework.http.HttpRequest request, byte[] body,
				org.springframework.http.client.ClientHttpRequestExecution execution) throws java.io.IOException {
			request.getHeaders().setBasicAuth(this.username, this.password);
			return execution.execute(request, body);
		}

	}

}
