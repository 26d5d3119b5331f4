package org.eksaath.genderhub.security.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.security.EncryptedColumns;
import org.eksaath.genderhub.security.Role;

/**
 * Sign-in and who reaches which path. Pages use form login, the JSON API HTTP Basic. The
 * webhook paths of intake and notification authenticate themselves (API key, signature).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableScheduling
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/** Twilio's status callback, signed by Twilio (see notification). */
	static final String TWILIO_STATUS_CALLBACK = "/api/notifications/twilio/status";

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		// Webhooks authenticate themselves (API key, signature); the Saathi alert form
		// carries
		// its own token bound to the session (a synchronizer token, see intake).
		RequestMatcher selfAuthenticating = new OrRequestMatcher(path("/api/intake/**"), path(TWILIO_STATUS_CALLBACK),
				path("/alert/**"));
		RequestMatcher basicAuth = (request) -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		};
		RequestMatcher api = new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**"));
		// Without a session cookie nothing ambient authenticates a request, so there is
		// nothing
		// for CSRF to protect: such API calls get 401 (sign in) rather than 403.
		RequestMatcher apiWithoutSession = (request) -> request.getRequestedSessionId() == null
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/api/intake/**"),
						path("/alert/**"), path(TWILIO_STATUS_CALLBACK), path("/error"), path("/login"),
						path("/favicon.ico"), path("/css/**"), path("/js/**"), path("/images/**"), path("/webjars/**"))
				.permitAll()
				.requestMatchers(path("/camunda/**"), path("/engine-rest/**"), path("/api/admin/**"),
						path("/api/notifications/**"), path("/actuator/**"))
				.hasRole(Role.ADMIN.name())
				.requestMatchers(path(HttpMethod.POST, "/api/directory/**"))
				.hasRole(Role.ADMIN.name())
				.requestMatchers(path("/api/alerts"), path("/api/alerts/**"))
				.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
				.requestMatchers(path(HttpMethod.POST, "/api/cases"))
				.hasAnyRole(Role.SAATHI.name(), Role.COORDINATOR.name(), Role.ADMIN.name())
				.requestMatchers(path("/api/cases/**"))
				.hasAnyRole(Role.COORDINATOR.name(), Role.DISTRICT_OFFICIAL.name(), Role.STATE_OFFICIAL.name(),
						Role.PROVIDER.name(), Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(basicEntryPoint()))
			.logout((logout) -> logout.permitAll())
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(basicEntryPoint(), api))
			// Forms need a CSRF token; the HTTP-Basic API and self-authenticating
			// webhooks do not
			// (no cookie authenticates them). Camunda's webapps bring their own CSRF
			// filter.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(selfAuthenticating, basicAuth, apiWithoutSession,
					path("/camunda/**")))
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(path("/camunda/**")), new ContentSecurityPolicyHeaderWriter(CSP))));
		return http.build();
	}

	/**
	 * Spring's firewall, but parameters may hold any text: an SMS or a form field from a
	 * Saathi may carry line breaks and other control characters, and intake answers bad
	 * input itself. Paths and headers stay strictly checked.
	 */
	@Bean
	WebSecurityCustomizer lenientParameters() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedParameterNames((name) -> true);
		firewall.setAllowedParameterValues((value) -> true);
		return (web) -> web.httpFirewall(firewall);
	}

	private static BasicAuthenticationEntryPoint basicEntryPoint() {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Gender Hub");
		basic.afterPropertiesSet();
		return basic;
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SignInThrottle signInThrottle(SecurityProperties settings) {
		var signIn = settings.signIn();
		return new SignInThrottle(signIn.maxFailuresPerUser(), signIn.maxFailuresPerAddress(), signIn.window(),
				Clock.systemUTC());
	}

	@Bean
	AuthenticationManager authenticationManager(StaffUserDetailsService users, PasswordEncoder encoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	Reencryption reencryption(JdbcTemplate jdbc, FieldCipher cipher, List<EncryptedColumns> tables) {
		return new Reencryption(jdbc, cipher, tables);
	}

	@Bean
	ReencryptionJob reencryptionJob(Reencryption reencryption, SecurityProperties settings) {
		return new ReencryptionJob(reencryption, settings.reencryption().enabled());
	}

	/** Re-encrypts values under old keys now and then. */
	static class ReencryptionJob {

		private final Reencryption reencryption;

		private final boolean enabled;

		ReencryptionJob(Reencryption reencryption, boolean enabled) {
			this.reencryption = reencryption;
			this.enabled = enabled;
		}

		@Scheduled(initialDelayString = "${genderhub.security.reencryption.initial-delay:PT1M}",
				fixedDelayString = "${genderhub.security.reencryption.interval:PT6H}")
		void run() {
			if (this.enabled) {
				this.reencryption.run();
			}
		}

	}

}
