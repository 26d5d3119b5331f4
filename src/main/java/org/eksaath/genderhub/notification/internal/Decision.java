package org.eksaath.genderhub.notification.internal;

import java.time.Instant;

import org.eksaath.genderhub.cases.CaseSnapshot;

/**
 * What a case event decided people must hear: the template, the case as it may be
 * described, and the deadline to act by; for a template that carries another module's
 * words ({@link TemplateKey#INTAKE_REPLY}) the text itself, else null.
 */
record Decision(String decisionKey, TemplateKey template, CaseSnapshot snapshot, Instant deadline, String text) {

	Decision(String decisionKey, TemplateKey template, CaseSnapshot snapshot, Instant deadline) {
		this(decisionKey, template, snapshot, deadline, null);
	}

}
