package org.eksaath.genderhub.security.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.eksaath.genderhub.security.StaffScope;

/** The staff member of the current request's security context. */
@Component
class SignedInStaffScope implements StaffScope {

	@Override
	public Optional<Staff> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getPrincipal() instanceof StaffUser user)
				? Optional.of(new Staff(user.getUsername(), user.role(), user.jurisdiction())) : Optional.empty();
	}

}
