package org.eksaath.genderhub.intake.internal;

import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseIntake.ReplyAction;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.intake.internal.SmsGrammar.AlertMessage;
import org.eksaath.genderhub.intake.internal.SmsGrammar.ReplyMessage;
import org.eksaath.genderhub.intake.internal.SmsGrammar.Unparsed;
import org.eksaath.genderhub.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

class SmsGrammarTest {

	@Test
	void readsAnAlertInLatinLetters() {
		assertThat(SmsGrammar.parse("help dv Malihabad husband beats her"))
			.isEqualTo(new AlertMessage(IncidentType.PHYSICAL_ASSAULT, IncidentSubType.DOMESTIC_VIOLENCE,
					java.util.List.of("Malihabad", "husband", "beats", "her"), Language.EN));
		assertThat(SmsGrammar.parse("MADAD: SHAADI, Rampur")).isInstanceOfSatisfying(AlertMessage.class,
				(a) -> assertThat(a.subType()).isEqualTo(IncidentSubType.CHILD_MARRIAGE));
		assertThat(SmsGrammar.parse("HELP BALATKAR Pindra")).isInstanceOfSatisfying(AlertMessage.class,
				(a) -> assertThat(a.incidentType()).isEqualTo(IncidentType.RAPE));
	}

	@Test
	void readsAnAlertInDevanagari() {
		assertThat(SmsGrammar.parse("मदद दहेज़ मलिहाबाद सास मारती है")).isInstanceOfSatisfying(AlertMessage.class,
				(a) -> {
					assertThat(a.subType()).isEqualTo(IncidentSubType.DOWRY_HARASSMENT);
					assertThat(a.rest()).startsWith("मलिहाबाद");
					assertThat(a.language()).isEqualTo(Language.HI);
				});
		assertThat(SmsGrammar.parse("मदद घरेलू पिंडरा")).isInstanceOfSatisfying(AlertMessage.class,
				(a) -> assertThat(a.subType()).isEqualTo(IncidentSubType.DOMESTIC_VIOLENCE));
	}

	@Test
	void anAlertWithoutATypeWordKeepsAllWordsForThePlace() {
		assertThat(SmsGrammar.parse("HELP Malihabad")).isInstanceOfSatisfying(AlertMessage.class, (a) -> {
			assertThat(a.incidentType()).isNull();
			assertThat(a.rest()).containsExactly("Malihabad");
		});
	}

	@Test
	void readsReplyCodesInBothScripts() {
		assertThat(SmsGrammar.parse("ACK abc234"))
			.isEqualTo(new ReplyMessage(ReplyAction.ACKNOWLEDGE, "ABC234", null, Language.EN));
		assertThat(SmsGrammar.parse("NO ABC234 no vehicle tonight"))
			.isEqualTo(new ReplyMessage(ReplyAction.DECLINE, "ABC234", "no vehicle tonight", Language.EN));
		assertThat(SmsGrammar.parse("DONE ABC234")).extracting((m) -> ((ReplyMessage) m).action())
			.isEqualTo(ReplyAction.DONE);
		assertThat(SmsGrammar.parse("esc ABC234 nobody came")).extracting((m) -> ((ReplyMessage) m).action())
			.isEqualTo(ReplyAction.ESCALATE);
		assertThat(SmsGrammar.parse("हाँ ABC234")).extracting((m) -> ((ReplyMessage) m).action())
			.isEqualTo(ReplyAction.ACKNOWLEDGE);
		assertThat(SmsGrammar.parse("हां ABC234")).extracting((m) -> ((ReplyMessage) m).action())
			.isEqualTo(ReplyAction.ACKNOWLEDGE);
		assertThat(SmsGrammar.parse("नहीं ABC234 गाड़ी नहीं"))
			.isEqualTo(new ReplyMessage(ReplyAction.DECLINE, "ABC234", "गाड़ी नहीं", Language.HI));
		assertThat(SmsGrammar.parse("हो गया ABC234")).extracting((m) -> ((ReplyMessage) m).action())
			.isEqualTo(ReplyAction.DONE);
		assertThat(SmsGrammar.parse("ho gaya ABC234")).extracting((m) -> ((ReplyMessage) m).action())
			.isEqualTo(ReplyAction.DONE);
	}

	@Test
	void whatDoesNotFitIsUnparsed() {
		assertThat(SmsGrammar.parse("")).isInstanceOf(Unparsed.class);
		assertThat(SmsGrammar.parse("please call me")).isInstanceOf(Unparsed.class);
		assertThat(SmsGrammar.parse("HELP")).isInstanceOf(Unparsed.class);
		// A reference has six letters from the case alphabet (no 0, O, 1, I).
		assertThat(SmsGrammar.parse("ACK ABC10O")).isInstanceOf(Unparsed.class);
		assertThat(SmsGrammar.parse("ACK")).isInstanceOf(Unparsed.class);
	}

}
