package org.eksaath.genderhub.intake;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeReplyRequestedTest {

	@Test
	void itsLogFormNamesTheAlertButNeitherThePhoneNorTheText() {
		UUID alert = UUID.randomUUID();
		String logged = new IntakeReplyRequested(alert, "+915000999301", Language.HI, "आपका संदेश मिल गया।").toString();

		assertThat(logged).contains(alert.toString()).doesNotContain("915000999301", "संदेश");
	}

}
