package org.eksaath.genderhub.security.internal;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only (see the filter chain): verify the audit chain, re-encrypt now. */
@RestController
@RequestMapping("/api/admin")
class SecurityAdminController {

	private final JdbcAuditTrail audit;

	private final Reencryption reencryption;

	SecurityAdminController(JdbcAuditTrail audit, Reencryption reencryption) {
		this.audit = audit;
		this.reencryption = reencryption;
	}

	@GetMapping("/audit/verify")
	JdbcAuditTrail.Verification verifyAudit() {
		return this.audit.verify();
	}

	@PostMapping("/encryption/reencrypt")
	Map<String, Object> reencrypt() {
		return Map.of("reencrypted", this.reencryption.run());
	}

}
