package org.eksaath.genderhub.security.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.eksaath.genderhub.security.Role;

/**
 * Creates the first administrator from the environment and, in the embedded default, the
 * fictional demo users (one per role and jurisdiction, listed in the README).
 */
@Component
class AccountBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	/** username, role, jurisdiction. Fictional, matching the demo directory. */
	static final List<String[]> DEMO_USERS = List.of(new String[] { "saathi.lko", "SAATHI", null },
			new String[] { "coord.lko", "COORDINATOR", "HUB-UP-LKO-C" },
			new String[] { "coord.vns", "COORDINATOR", "HUB-UP-VNS-C" },
			new String[] { "official.lko", "DISTRICT_OFFICIAL", "UP-LKO" },
			new String[] { "official.vns", "DISTRICT_OFFICIAL", "UP-VNS" },
			new String[] { "state.up", "STATE_OFFICIAL", "UP" }, new String[] { "state.mp", "STATE_OFFICIAL", "MP" },
			new String[] { "police.lko", "PROVIDER", "PRV-UP-LKO-POLICE" },
			new String[] { "police.vns", "PROVIDER", "PRV-UP-VNS-POLICE" },
			new String[] { "admin.demo", "ADMIN", null });

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SecurityProperties settings;

	AccountBootstrap(StaffAccountRepository accounts, PasswordEncoder encoder, SecurityProperties settings) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.settings = settings;
		// Create accounts before the web server takes requests.
		createAccounts();
	}

	void createAccounts() {
		var admin = this.settings.bootstrapAdmin();
		if (admin.username() != null && !admin.username().isBlank() && admin.password() != null
				&& !admin.password().isBlank() && !this.accounts.existsByUsername(admin.username())) {
			this.accounts.save(
					new StaffAccount(admin.username(), this.encoder.encode(admin.password()), Role.ADMIN, null, null));
			log.info("Created the bootstrap administrator account (name from configuration)");
		}
		if (this.settings.demoUsers() && this.settings.demoPassword() != null) {
			String hash = null;
			for (String[] user : DEMO_USERS) {
				if (!this.accounts.existsByUsername(user[0])) {
					hash = (hash != null) ? hash : this.encoder.encode(this.settings.demoPassword());
					this.accounts.save(new StaffAccount(user[0], hash, Role.valueOf(user[1]), user[2], null));
				}
			}
			log.info("Demo users are in place ({} accounts, fictional)", DEMO_USERS.size());
		}
	}

}
