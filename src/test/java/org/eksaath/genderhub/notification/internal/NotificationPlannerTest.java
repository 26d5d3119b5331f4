package org.eksaath.genderhub.notification.internal;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eksaath.genderhub.cases.CaseClosed;
import org.eksaath.genderhub.cases.CaseEscalated;
import org.eksaath.genderhub.cases.CaseHandedBack;
import org.eksaath.genderhub.cases.CaseOpened;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.EscalationReminderDue;
import org.eksaath.genderhub.cases.FollowUpDue;
import org.eksaath.genderhub.cases.HelpOnTheWay;
import org.eksaath.genderhub.cases.ImmediateDangerRaised;
import org.eksaath.genderhub.cases.ReferralRequested;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@NotificationSliceTest(properties = "genderhub.notification.dispatcher.enabled=false")
class NotificationPlannerTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager txManager;

	@Autowired
	NotificationStatusChangeRepository history;

	@Autowired
	TestDirectory directory;

	@Autowired
	RecordingCaseAttention attention;

	@Autowired
	OutboxFixture outbox;

	ContactView coordinator;

	ContactView deskFirst;

	ContactView deskSecond;

	ContactView districtOfficial;

	@BeforeEach
	void setUp() {
		this.outbox.clear();
		this.attention.clear();
		this.directory.clear();
		this.coordinator = this.directory.contact(1, ContactRole.HUB_COORDINATOR, "+919999900001", null,
				"coordinator@example.org", Language.HI);
		this.directory.responder(Tier.COMMUNITY, this.coordinator);
		this.districtOfficial = this.directory.contact(2, ContactRole.DISTRICT_OFFICIAL, "+919999900002", null, null,
				Language.EN);
		this.directory.responder(Tier.DISTRICT, this.districtOfficial);
		this.deskFirst = this.directory.contact(3, ContactRole.PROVIDER_DESK, "+919999900003", null, "osc@example.org",
				Language.EN);
		this.deskSecond = this.directory.contact(4, ContactRole.PROVIDER_DESK, "+919999900004", null, null,
				Language.HI);
		this.directory.provider(10, ProviderCategory.ONE_STOP_CENTRE, this.deskFirst, this.deskSecond);
		this.directory.saathi(7, "+919999900007", "+919999900007", Language.HI);
	}

	@Test
	void caseOpenedGivesTheSaathiAReceiptAndTellsTheCoordinatorsInTheirLanguage() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		this.outbox.decide(new CaseOpened(c, OutboxFixture.inHours(2)));

		assertThat(this.outbox.all())
			.extracting(Notification::template, Notification::channel, Notification::address, Notification::language,
					Notification::status)
			.containsExactlyInAnyOrder(
					tuple(TemplateKey.RECEIPT_SAATHI, Channel.SMS, "+919999900007", Language.HI,
							NotificationStatus.QUEUED),
					tuple(TemplateKey.NEW_CASE_COORDINATOR, Channel.SMS, "+919999900001", Language.HI,
							NotificationStatus.QUEUED),
					tuple(TemplateKey.NEW_CASE_COORDINATOR, Channel.EMAIL, "coordinator@example.org", Language.HI,
							NotificationStatus.QUEUED));
		Notification sms = this.outbox.all()
			.stream()
			.filter((n) -> n.template() == TemplateKey.NEW_CASE_COORDINATOR && n.channel() == Channel.SMS)
			.findFirst()
			.orElseThrow();
		assertThat(sms.body()).contains("नया केस", "ACK " + c.reference(), "/cases/" + c.reference());
		assertThat(sms.smsSegments()).isLessThanOrEqualTo(2);
		// Queued, not yet tried: the row is the whole record so far.
		assertThat(sms.status()).isEqualTo(NotificationStatus.QUEUED);
		assertThat(sms.createdAt()).isNotNull();
		assertThat(this.history.findByNotificationIdOrderByIdAsc(sms.id())).isEmpty();
	}

	@Test
	void theSameDecisionTakenAgainIsRecordedOnce() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		CaseOpened opened = new CaseOpened(c, OutboxFixture.inHours(2));
		this.outbox.decide(opened);
		this.outbox.decide(opened);
		this.outbox.decide(new CaseOpened(c, OutboxFixture.inHours(3)));

		assertThat(this.outbox.all()).hasSize(3);
		assertThat(this.outbox.all()).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
	}

	@Test
	void aDecidingStepThatRollsBackTakesItsNotificationsWithIt() {
		TransactionTemplate tx = new TransactionTemplate(this.txManager);
		assertThatThrownBy(() -> tx.executeWithoutResult((status) -> {
			this.events.publishEvent(new CaseOpened(OutboxFixture.snapshot(7), OutboxFixture.inHours(2)));
			throw new IllegalStateException("the case step failed");
		})).hasMessage("the case step failed");

		assertThat(this.outbox.all()).isEmpty();
	}

	@Test
	void aReferralGoesToTheFirstDeskContactOnly() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		this.outbox.decide(new ReferralRequested(c, UUID.randomUUID(), 10, OutboxFixture.inHours(1)));

		assertThat(this.outbox.all())
			.extracting(Notification::recipientId, Notification::channel, Notification::recipientGroup,
					Notification::template)
			.containsExactlyInAnyOrder(tuple(3L, Channel.SMS, "provider:10", TemplateKey.REFERRAL),
					tuple(3L, Channel.EMAIL, "provider:10", TemplateKey.REFERRAL));
		assertThat(this.outbox.all().get(0).body()).contains("ACK " + c.reference(), "NO " + c.reference());
	}

	@Test
	void anEscalationTellsTheRespondersOfTheNewTier() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		this.outbox.decide(new CaseEscalated(c, Tier.COMMUNITY, Tier.DISTRICT, true, OutboxFixture.inHours(4), 1));
		this.outbox.decide(new EscalationReminderDue(c, Tier.DISTRICT, 1, 1, OutboxFixture.inHours(2)));

		assertThat(this.outbox.all())
			.extracting(Notification::recipientId, Notification::template, Notification::language)
			.containsExactly(tuple(2L, TemplateKey.ESCALATION_DISTRICT, Language.EN),
					tuple(2L, TemplateKey.REMINDER, Language.EN));
		assertThat(this.outbox.all().get(0).body()).startsWith("Case escalated to DISTRICT");
	}

	@Test
	void aCaseTheStateHandsBackTellsTheDistrictRespondersTheirNewDeadlineOnce() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		CaseHandedBack toDistrict = new CaseHandedBack(c, Tier.STATE, Tier.DISTRICT, OutboxFixture.inHours(4), 2);
		this.outbox.decide(toDistrict);
		this.outbox.decide(toDistrict);
		// Handed back further down: the coordinators' own steps go on, nobody is told.
		this.outbox.decide(new CaseHandedBack(c, Tier.DISTRICT, Tier.COMMUNITY, null, 2));

		assertThat(this.outbox.all())
			.extracting(Notification::recipientId, Notification::recipientGroup, Notification::template)
			.containsExactly(tuple(2L, "responders:DISTRICT", TemplateKey.HANDED_BACK_DISTRICT));
		assertThat(this.outbox.all().get(0).body()).startsWith("Case handed back to DISTRICT by the state")
			.contains("ACK " + c.reference());
	}

	@Test
	void aCaseStillInFollowUpRemindsTheHubCoordinatorsOncePerReminder() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		FollowUpDue first = new FollowUpDue(c, 1, OutboxFixture.inHours(48));
		this.outbox.decide(first);
		this.outbox.decide(first);
		this.outbox.decide(new FollowUpDue(c, 2, OutboxFixture.inHours(96)));

		// One per channel the coordinator has (SMS and email), for each of the two
		// reminders, in her language (Hindi).
		assertThat(this.outbox.all())
			.extracting(Notification::recipientId, Notification::recipientGroup, Notification::template)
			.containsOnly(tuple(1L, "responders:COMMUNITY", TemplateKey.FOLLOW_UP_REMINDER))
			.hasSize(4);
		assertThat(this.outbox.all()).filteredOn((n) -> n.channel() == Channel.SMS)
			.first()
			.satisfies((n) -> assertThat(n.body()).startsWith("फॉलो-अप: केस " + c.reference()));
	}

	@Test
	void immediateDangerTellsPoliceDesksAndDistrictResponders() {
		ContactView policeDesk = this.directory.contact(20, ContactRole.PROVIDER_DESK, "+919999900020", null, null,
				Language.HI);
		this.directory.provider(30, ProviderCategory.POLICE, policeDesk);
		this.outbox.decide(new ImmediateDangerRaised(OutboxFixture.snapshot(7)));

		assertThat(this.outbox.all())
			.extracting(Notification::recipientId, Notification::recipientGroup, Notification::template)
			.containsExactlyInAnyOrder(tuple(20L, "provider:30", TemplateKey.IMMEDIATE_DANGER),
					tuple(2L, "responders:DISTRICT", TemplateKey.IMMEDIATE_DANGER));
	}

	@Test
	void theSaathiHearsOnceWhenHelpIsOnTheWay() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		this.outbox.decide(new HelpOnTheWay(c, "provider:10"));
		// A second provider taking it up, or police answering ACK, is no news for him.
		this.outbox.decide(new HelpOnTheWay(c, "provider:11"));
		this.outbox.decide(new HelpOnTheWay(c, "contact:20"));

		assertThat(this.outbox.all())
			.extracting(Notification::recipientKind, Notification::recipientId, Notification::template)
			.containsExactly(tuple(RecipientKind.SAATHI, 7L, TemplateKey.HELP_ON_THE_WAY));
		assertThat(this.outbox.all().get(0).body()).contains(c.reference()).doesNotContain("ACK");
	}

	@Test
	void aClosedCaseIsToldToTheSaathi() {
		this.outbox.decide(new CaseClosed(OutboxFixture.snapshot(7)));

		assertThat(this.outbox.all())
			.extracting(Notification::recipientKind, Notification::recipientId, Notification::template)
			.containsExactly(tuple(RecipientKind.SAATHI, 7L, TemplateKey.CASE_CLOSED));
	}

	@Test
	void aTierWithNobodyToTellIsRaisedOnTheCaseOnce() {
		CaseSnapshot c = OutboxFixture.snapshot(7);
		CaseEscalated toState = new CaseEscalated(c, Tier.DISTRICT, Tier.STATE, true, OutboxFixture.inHours(4), 2);
		this.outbox.decide(toState);
		this.outbox.decide(toState);

		assertThat(this.outbox.all()).isEmpty();
		assertThat(this.attention.problems()).singleElement().satisfies((p) -> {
			assertThat(p.caseId()).isEqualTo(c.caseId());
			assertThat(p.text()).contains("STATE");
		});
	}

}
