package org.eksaath.genderhub.notification.internal.sandbox;

import java.util.List;

import org.eksaath.genderhub.notification.internal.sandbox.SandboxMessages.SandboxMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists what the sandbox channels would have sent, newest first. */
@RestController
class SandboxController {

	private final SandboxMessages messages;

	SandboxController(SandboxMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/api/notifications/sandbox")
	List<SandboxMessage> latest(@RequestParam(defaultValue = "50") int limit) {
		return this.messages.latest(Math.max(1, Math.min(limit, 500)));
	}

}
