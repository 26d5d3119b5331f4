package org.eksaath.genderhub.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	StaffUserDetailsService(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(StaffUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
