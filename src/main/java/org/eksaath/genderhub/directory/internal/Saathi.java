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
import org.eksaath.genderhub.directory.SaathiView;
import org.eksaath.genderhub.shared.Language;

@Entity
@Table(name = "dir_saathi")
class Saathi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String phone;

	String name;

	String whatsapp;

	@Enumerated(EnumType.STRING)
	Language language;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "district_id")
	District district;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "block_id")
	Block block;

	String mentor;

	String partnerOrg;

	boolean active;

	protected Saathi() {
	}

	Saathi(String phone) {
		this.phone = phone;
	}

	boolean update(String name, String whatsapp, Language language, District district, Block block, String mentor,
			String partnerOrg, boolean active) {
		boolean changed = Changes.differ(this.name, name) || Changes.differ(this.whatsapp, whatsapp)
				|| this.language != language || this.district != district || this.block != block
				|| Changes.differ(this.mentor, mentor) || Changes.differ(this.partnerOrg, partnerOrg)
				|| this.active != active;
		this.name = name;
		this.whatsapp = whatsapp;
		this.language = language;
		this.district = district;
		this.block = block;
		this.mentor = mentor;
		this.partnerOrg = partnerOrg;
		this.active = active;
		return changed;
	}

	SaathiView view() {
		return new SaathiView(this.id, this.name, this.phone, this.whatsapp, this.language, this.district.state.code,
				this.district.code, (this.block != null) ? this.block.code : null, this.active);
	}

}
