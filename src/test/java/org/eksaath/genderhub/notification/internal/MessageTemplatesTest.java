package org.eksaath.genderhub.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.cases.IncidentType;
import org.eksaath.genderhub.cases.RiskLevel;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplatesTest {

	static final String PUBLIC_URL = "https://genderhub.eksaath.org";

	private final MessageTemplates templates = new MessageTemplates(settings(PUBLIC_URL));

	static NotificationSettings settings(String publicUrl) {
		return new NotificationSettings(publicUrl,
				new NotificationSettings.Dispatcher(true, "test", Duration.ofSeconds(1), 50, 2, Duration.ofMinutes(5),
						5, Duration.ofMillis(100), Duration.ofSeconds(2)),
				new NotificationSettings.Fallback(Duration.ofMinutes(10)), new NotificationSettings.Twilio(null, null,
						null, null, null, null, true, Duration.ofSeconds(1), 100, 100),
				new NotificationSettings.Email("genderhub@example.org", 100), Map.of());
	}

	/** Long but realistic values: the longest labels and a long village name. */
	static List<CaseSnapshot> realisticCases() {
		List<CaseSnapshot> cases = new ArrayList<>();
		String[] villages = { "मलिहाबाद", "Rahimabad Khurd", "सरोजनी नगर पूर्वी खंड", null };
		int i = 0;
		for (IncidentSubType sub : IncidentSubType.values()) {
			cases.add(snapshot(sub.coreType(), sub, RiskLevel.values()[i % 4], villages[i % villages.length]));
			i++;
		}
		for (IncidentType type : IncidentType.values()) {
			cases.add(snapshot(type, null, RiskLevel.values()[i % 4], villages[i % villages.length]));
			i++;
		}
		cases.add(snapshot(null, null, null, "मोहनलालगंज"));
		return cases;
	}

	static CaseSnapshot snapshot(IncidentType type, IncidentSubType sub, RiskLevel risk, String village) {
		return new CaseSnapshot(UUID.randomUUID(), "GH7K3M9Q", type, sub, risk, true, Tier.DISTRICT,
				new PlaceRef("UP", "UP-LKO", "UP-LKO-MAL", village), 17L);
	}

	@Test
	void everySmsInEveryLanguageFitsInTwoSegments() {
		Instant deadline = Instant.parse("2026-11-24T09:00:00Z");
		List<String> tooLong = new ArrayList<>();
		for (CaseSnapshot c : realisticCases()) {
			for (TemplateKey key : TemplateKey.values()) {
				for (Language language : Language.values()) {
					for (Channel channel : List.of(Channel.SMS, Channel.WHATSAPP)) {
						RenderedMessage m = this.templates.render(key, language, channel, c, deadline);
						SmsSegments.Count count = SmsSegments.count(m.text());
						if (count.segments() > 2) {
							tooLong.add(key + "/" + language + " " + count + ": " + m.text());
						}
						assertThat(m.smsSegments()).isEqualTo(count.segments());
						if (language == Language.EN) {
							assertThat(count.encoding()).as(m.text()).isEqualTo(SmsSegments.Encoding.GSM7);
						}
					}
				}
			}
		}
		assertThat(tooLong).isEmpty();
	}

	@Test
	void hindiSmsIsInDevanagariAndEnglishSmsIsInEnglish() {
		CaseSnapshot c = snapshot(IncidentType.FORCED_MARRIAGE, IncidentSubType.CHILD_MARRIAGE, RiskLevel.HIGH,
				"मलिहाबाद");
		Instant deadline = Instant.parse("2026-11-24T09:00:00Z");
		String hi = this.templates.render(TemplateKey.REFERRAL, Language.HI, Channel.SMS, c, deadline).text();
		String en = this.templates.render(TemplateKey.REFERRAL, Language.EN, Channel.SMS, c, deadline).text();
		assertThat(hi).contains("बाल विवाह", "मलिहाबाद", "उच्च जोखिम", "24/11 14:30", "ACK GH7K3M9Q", "NO GH7K3M9Q",
				"https://genderhub.eksaath.org/cases/GH7K3M9Q");
		assertThat(SmsSegments.count(hi).encoding()).isEqualTo(SmsSegments.Encoding.UCS2);
		// The Devanagari village cannot go into a GSM-7 English SMS: the block code does.
		assertThat(en)
			.contains("Child marriage", "UP-LKO-MAL", "high risk", "24/11 14:30 IST", "ACK GH7K3M9Q", "NO GH7K3M9Q",
					"https://genderhub.eksaath.org/cases/GH7K3M9Q")
			.doesNotContain("मलिहाबाद");
	}

	/** Templates about a case (the one-time code and intake's replies belong to none). */
	static final java.util.List<TemplateKey> CASE_TEMPLATES = java.util.Arrays.stream(TemplateKey.values())
		.filter((k) -> k != TemplateKey.ONE_TIME_CODE && k != TemplateKey.INTAKE_REPLY)
		.toList();

	@Test
	void aOneTimeCodeSmsCarriesTheCodeAndNoLink() {
		CaseSnapshot facts = new CaseSnapshot(OneTimeCodeMessages.NO_CASE, "OTP", null, null, null, false,
				org.eksaath.genderhub.shared.Tier.COMMUNITY,
				new org.eksaath.genderhub.shared.PlaceRef("UP", "UP-LKO", "UP-LKO-MAL", "482913"), 7L);
		for (Language language : Language.values()) {
			RenderedMessage m = this.templates.render(TemplateKey.ONE_TIME_CODE, language, Channel.SMS, facts,
					Instant.parse("2026-11-24T09:00:00Z"));
			assertThat(m.text()).contains("482913", "14:30").doesNotContain("http");
			assertThat(m.smsSegments()).isEqualTo(1);
		}
	}

	@Test
	void anIntakeReplySmsIsIntakesTextAsItIsWithNoLink() {
		CaseSnapshot facts = new CaseSnapshot(OneTimeCodeMessages.NO_CASE, IntakeReplyMessages.REFERENCE, null, null,
				null, false, org.eksaath.genderhub.shared.Tier.COMMUNITY,
				new org.eksaath.genderhub.shared.PlaceRef(null, null, null, null), null);
		String hindi = "यह अलर्ट पहले के केस GH7K3M9Q में जोड़ा गया।";
		RenderedMessage m = this.templates.render(TemplateKey.INTAKE_REPLY, Language.HI, Channel.SMS, facts, null,
				hindi);
		assertThat(m.text()).isEqualTo(hindi);
		assertThat(m.smsSegments()).isEqualTo(1);
		assertThat(this.templates
			.render(TemplateKey.INTAKE_REPLY, Language.EN, Channel.SMS, facts, null,
					"Referral of case GH7K3M9Q declined.")
			.text()).isEqualTo("Referral of case GH7K3M9Q declined.");
	}

	@Test
	void emailHasSubjectPlainTextAndEscapedHtmlWithTheDirectLink() {
		CaseSnapshot c = snapshot(IncidentType.PHYSICAL_ASSAULT, IncidentSubType.DOMESTIC_VIOLENCE,
				RiskLevel.IMMEDIATE_DANGER, "Rahim <b>abad</b>");
		for (TemplateKey key : CASE_TEMPLATES) {
			for (Language language : Language.values()) {
				RenderedMessage m = this.templates.render(key, language, Channel.EMAIL, c, Instant.now());
				assertThat(m.subject()).contains("GH7K3M9Q");
				assertThat(m.text()).contains("https://genderhub.eksaath.org/cases/GH7K3M9Q");
				assertThat(m.html()).contains("<a href=\"https://genderhub.eksaath.org/cases/GH7K3M9Q\">")
					.doesNotContain("<b>abad</b>");
				assertThat(m.smsSegments()).isNull();
			}
		}
	}

	@Test
	void messagesCarryOnlyWhatTheSnapshotMaySayAndNoShortenedLinks() {
		CaseSnapshot c = snapshot(IncidentType.RAPE, null, RiskLevel.HIGH, "Kakori");
		for (TemplateKey key : CASE_TEMPLATES) {
			for (Language language : Language.values()) {
				for (Channel channel : Channel.values()) {
					RenderedMessage m = this.templates.render(key, language, channel, c, Instant.now());
					String all = m.text() + m.subject() + m.html();
					assertThat(all).doesNotContain("bit.ly", "tinyurl", "goo.gl", c.caseId().toString());
					assertThat(all).contains("GH7K3M9Q");
				}
			}
		}
	}

	@Test
	void countsSegmentsLikeCarriers() {
		assertThat(SmsSegments.count("a".repeat(160)).segments()).isEqualTo(1);
		assertThat(SmsSegments.count("a".repeat(161)).segments()).isEqualTo(2);
		assertThat(SmsSegments.count("a".repeat(306)).segments()).isEqualTo(2);
		assertThat(SmsSegments.count("a".repeat(307)).segments()).isEqualTo(3);
		assertThat(SmsSegments.count("{".repeat(80)).units()).isEqualTo(160);
		assertThat(SmsSegments.count("क".repeat(70)))
			.isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.UCS2, 70, 1));
		assertThat(SmsSegments.count("क".repeat(71)).segments()).isEqualTo(2);
		assertThat(SmsSegments.count("क".repeat(134)).segments()).isEqualTo(2);
		assertThat(SmsSegments.count("क".repeat(135)).segments()).isEqualTo(3);
		assertThat(SmsSegments.count("a".repeat(100) + "’").encoding()).isEqualTo(SmsSegments.Encoding.UCS2);
	}

}
