package org.eksaath.genderhub.intake.internal;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eksaath.genderhub.cases.CaseActionNotAllowed;
import org.eksaath.genderhub.cases.CaseIntake;
import org.eksaath.genderhub.cases.CaseSnapshot;
import org.eksaath.genderhub.cases.IncidentSubType;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.security.internal.FieldEncryptionConfiguration;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.PlaceRef;
import org.eksaath.genderhub.shared.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * The alert is committed before processing starts: when opening the case fails, the alert
 * is still there, FAILED with the reason, and what processing had written is rolled back;
 * a reply that is not accepted is REJECTED. Runs on the real database with real
 * transactions; only the other modules are stand-ins.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ IntakeService.class, AlertProcessor.class, IntakeConfiguration.class, IntakeReplies.class,
		PhoneNumberCheck.class, FieldEncryptionConfiguration.class, AlertStoredFirstTest.RepliesRequested.class })
class AlertStoredFirstTest {

	static final String PHONE = "+915000100002";

	static final PlaceRef MALIHABAD = new PlaceRef("UP", "UP-LKO", "UP-LKO-MAL", null);

	@Autowired
	IntakeService intake;

	@Autowired
	AlertRepository alerts;

	@Autowired
	RepliesRequested replies;

	@MockitoBean
	CaseIntake cases;

	@MockitoBean
	DirectoryLookup directory;

	@BeforeEach
	void directory() {
		this.replies.requested.clear();
		given(this.directory.saathiByPhone(PHONE)).willReturn(
				Optional.of(new SaathiView(2, "Demo", PHONE, null, Language.EN, "UP", "UP-LKO", "UP-LKO-MAL", true)));
		given(this.directory.matchPlace(anyString(), any())).willReturn(Optional.empty());
		given(this.directory.matchPlace("Malihabad", "UP-LKO")).willReturn(Optional.of(MALIHABAD));
	}

	@Test
	void anAlertWhoseCaseCannotBeOpenedStaysStoredAsFailedForACoordinator() {
		given(this.cases.openFromAlert(any())).willThrow(new IllegalStateException("workflow engine unavailable"));

		Outcome outcome = this.intake.accept(Incoming.text(AlertChannel.SMS, PHONE, "SM-fail-1", "HELP DV Malihabad"));

		assertThat(outcome.status()).isEqualTo(AlertStatus.FAILED);
		assertThat(outcome.reply()).contains("received");
		Alert stored = this.alerts.findById(outcome.alertId()).orElseThrow();
		assertThat(stored.status()).isEqualTo(AlertStatus.FAILED);
		assertThat(stored.rawText()).isEqualTo("HELP DV Malihabad");
		assertThat(stored.error()).contains("IllegalStateException").contains("workflow engine unavailable");
		// The processing transaction was rolled back: the place key it set is gone.
		assertThat(stored.placeKey()).isNull();
		assertThat(stored.caseId()).isNull();
		// Twilio's sender is answered in the TwiML, not by an SMS as well.
		assertThat(this.replies.requested).isEmpty();
	}

	@Test
	void aGatewayAlertWhoseProcessingFailsIsStillAnsweredReceivedBySmsInTheTransactionThatMarksIt() {
		given(this.cases.openFromAlert(any())).willThrow(new IllegalStateException("workflow engine unavailable"));

		Outcome outcome = this.intake
			.accept(Incoming.text(AlertChannel.SMS_GATEWAY, PHONE, "evt-fail-1", "HELP DV Malihabad"));

		assertThat(outcome.status()).isEqualTo(AlertStatus.FAILED);
		assertThat(this.replies.requested).singleElement().satisfies((r) -> {
			assertThat(r.reply().alertId()).isEqualTo(outcome.alertId());
			assertThat(r.reply().phone()).isEqualTo(PHONE);
			assertThat(r.reply().text()).contains("received").doesNotContain("Malihabad", "workflow");
			assertThat(r.inTransaction()).isTrue();
		});
	}

	@Test
	void aGatewayMessageFromAnOperatorsNamedSenderIsNotAnswered() {
		Outcome outcome = this.intake.accept(Incoming.text(AlertChannel.SMS_GATEWAY, "VM-JIOINF", "evt-ad", "offer!"));

		assertThat(outcome.status()).isEqualTo(AlertStatus.UNKNOWN_SENDER);
		assertThat(this.replies.requested).isEmpty();
	}

	@Test
	void aReplyTheCaseDoesNotAcceptIsStoredAsRejected() {
		UUID caseId = UUID.randomUUID();
		given(this.directory.contactByPhone("+915000000031")).willReturn(Optional.of(new ContactView(31, "Desk",
				ContactRole.PROVIDER_DESK, "+915000000031", null, null, Language.EN, true)));
		given(this.cases.byReference("ABCDEF")).willReturn(Optional.of(new CaseSnapshot(caseId, "ABCDEF", null,
				IncidentSubType.DOMESTIC_VIOLENCE, null, false, Tier.COMMUNITY, MALIHABAD, 2L)));
		given(this.cases.reply(any(), anyLong(), any(), any()))
			.willThrow(new CaseActionNotAllowed("the sender is not a contact of case ABCDEF"));

		Outcome outcome = this.intake.accept(Incoming.text(AlertChannel.SMS, "+915000000031", null, "ACK ABCDEF"));

		assertThat(outcome.status()).isEqualTo(AlertStatus.REJECTED);
		assertThat(outcome.reply()).contains("ABCDEF").contains("not a contact");
		assertThat(this.alerts.findById(outcome.alertId()).orElseThrow().status()).isEqualTo(AlertStatus.REJECTED);
		assertThat(this.replies.requested).isEmpty();

		// The same through the gateway: the reason goes back by SMS.
		Outcome gateway = this.intake
			.accept(Incoming.text(AlertChannel.SMS_GATEWAY, "+915000000031", "evt-ack-1", "ACK ABCDEF"));
		assertThat(gateway.status()).isEqualTo(AlertStatus.REJECTED);
		assertThat(this.replies.requested).singleElement()
			.satisfies((r) -> assertThat(r.reply().text()).contains("ABCDEF").contains("not a contact"))
			.satisfies((r) -> assertThat(r.inTransaction()).isTrue());
	}

	@Test
	void theSameChannelIdIsStoredOnceAndAnsweredAsAReplay() {
		given(this.cases.openFromAlert(any())).willThrow(new IllegalStateException("down"));
		Outcome first = this.intake.accept(Incoming.text(AlertChannel.SMS, PHONE, "SM-twice", "hello"));

		Outcome again = this.intake.accept(Incoming.text(AlertChannel.SMS, PHONE, "SM-twice", "hello"));

		assertThat(again.replay()).isTrue();
		assertThat(again.alertId()).isEqualTo(first.alertId());
		assertThat(first.status()).isEqualTo(AlertStatus.UNPARSED);
	}

	@Test
	void aReplayedGatewayMessageIsNotAnsweredAgain() {
		Outcome first = this.intake.accept(Incoming.text(AlertChannel.SMS_GATEWAY, PHONE, "evt-twice", "hello"));
		Outcome again = this.intake.accept(Incoming.text(AlertChannel.SMS_GATEWAY, PHONE, "evt-twice", "hello"));

		assertThat(first.status()).isEqualTo(AlertStatus.UNPARSED);
		assertThat(again.replay()).isTrue();
		assertThat(this.replies.requested).singleElement()
			.satisfies((r) -> assertThat(r.reply().alertId()).isEqualTo(first.alertId()));
	}

	/**
	 * Records each reply asked for, and whether a transaction was open to record it in.
	 */
	static class RepliesRequested {

		final java.util.List<Requested> requested = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.springframework.context.event.EventListener
		void on(org.eksaath.genderhub.intake.IntakeReplyRequested reply) {
			this.requested
				.add(new Requested(reply, org.springframework.transaction.support.TransactionSynchronizationManager
					.isActualTransactionActive()));
		}

		record Requested(org.eksaath.genderhub.intake.IntakeReplyRequested reply, boolean inTransaction) {
		}

	}

}
