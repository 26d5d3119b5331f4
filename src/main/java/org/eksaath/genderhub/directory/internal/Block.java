package org.eksaath.genderhub.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "dir_block")
class Block {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String code;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "district_id")
	District district;

	String name;

	String nameHi;

	String lgdCode;

	protected Block() {
	}

	Block(String code) {
		this.code = code;
	}

	boolean update(District district, String name, String nameHi, String lgdCode) {
		boolean changed = this.district != district || Changes.differ(this.name, name)
				|| Changes.differ(this.nameHi, nameHi) || Changes.differ(this.lgdCode, lgdCode);
		this.district = district;
		this.name = name;
		this.nameHi = nameHi;
		this.lgdCode = lgdCode;
		return changed;
	}

}
