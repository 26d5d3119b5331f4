package org.eksaath.genderhub.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Refuses sign-in after too many failures for the username or the address. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress()
				: "unknown";
		if (this.throttle.blocked(username, address)) {
			log.warn("Sign-in refused: too many recent failures for this account or from this address");
			throw new LockedException("too many failed sign-ins; try again later");
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
