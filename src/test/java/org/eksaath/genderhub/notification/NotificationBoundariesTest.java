package org.eksaath.genderhub.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class NotificationBoundariesTest {

	private final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.eksaath.genderhub");

	@Test
	void onlyTheTwilioAdaptersTouchTheTwilioSdk() {
		// Outbound messages in notification, the inbound webhook's signature and TwiML in
		// intake.
		noClasses().that()
			.resideOutsideOfPackages("org.eksaath.genderhub.notification.internal.twilio..",
					"org.eksaath.genderhub.intake.internal.twilio..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.twilio..")
			.check(this.main);
	}

	@Test
	void onlyTheMailAdapterTouchesSpringMail() {
		noClasses().that()
			.resideOutsideOfPackage("org.eksaath.genderhub.notification.internal.email..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..")
			.check(this.main);
	}

	@Test
	void noOtherModuleDependsOnNotification() {
		noClasses().that()
			.resideOutsideOfPackage("org.eksaath.genderhub.notification..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.eksaath.genderhub.notification..")
			.check(this.main);
	}

}
