package org.eksaath.genderhub.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.shared.Language;

@Entity
@Table(name = "dir_contact")
class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String phone;

	String name;

	@Enumerated(EnumType.STRING)
	ContactRole role;

	String whatsapp;

	String email;

	@Enumerated(EnumType.STRING)
	Language language;

	boolean active;

	/** Order in which a desk's contacts are tried: lower first. */
	int priority;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "hub_id")
	Hub hub;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_id")
	Provider provider;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "womens_group_id")
	WomensGroup womensGroup;

	protected Contact() {
	}

	Contact(String phone) {
		this.phone = phone;
	}

	boolean update(ContactRow row, Hub hub, Provider provider, WomensGroup group) {
		boolean changed = Changes.differ(this.name, row.name()) || this.role != row.role()
				|| Changes.differ(this.whatsapp, row.whatsapp()) || Changes.differ(this.email, row.email())
				|| this.language != row.language() || this.active != row.active() || this.priority != row.priority()
				|| this.hub != hub || this.provider != provider || this.womensGroup != group;
		this.name = row.name();
		this.role = row.role();
		this.whatsapp = row.whatsapp();
		this.email = row.email();
		this.language = row.language();
		this.active = row.active();
		this.priority = row.priority();
		this.hub = hub;
		this.provider = provider;
		this.womensGroup = group;
		return changed;
	}

	ContactView view() {
		return new ContactView(this.id, this.name, this.role, this.phone, this.whatsapp, this.email, this.language,
				this.active);
	}

	record ContactRow(String name, ContactRole role, String whatsapp, String email, Language language, boolean active,
			int priority) {
	}

}
