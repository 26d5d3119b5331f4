package org.eksaath.genderhub.notification.internal;

import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.shared.Language;

/** Someone a notification goes to, with the addresses the directory has for them. */
record Recipient(RecipientKind kind, long id, Language language, String phone, String whatsapp, String email) {

	static Recipient of(ContactView contact) {
		return new Recipient(RecipientKind.CONTACT, contact.id(), contact.language(), contact.phone(),
				contact.whatsapp(), contact.email());
	}

	static Recipient of(SaathiView saathi) {
		return new Recipient(RecipientKind.SAATHI, saathi.id(), saathi.language(), saathi.phone(), saathi.whatsapp(),
				null);
	}

	/** The address on this channel, or null when there is none. */
	String address(Channel channel) {
		String address = switch (channel) {
			case SMS -> this.phone;
			case WHATSAPP -> this.whatsapp;
			case EMAIL -> this.email;
		};
		return (address == null || address.isBlank()) ? null : address.trim();
	}

	/** Names the recipient in logs and keys without personal data. */
	String key() {
		return this.kind.name().toLowerCase() + ":" + this.id;
	}

}
