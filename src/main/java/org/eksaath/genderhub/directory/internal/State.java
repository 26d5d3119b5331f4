package org.eksaath.genderhub.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dir_state")
class State {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String code;

	String name;

	String nameHi;

	String lgdCode;

	protected State() {
	}

	State(String code) {
		this.code = code;
	}

	boolean update(String name, String nameHi, String lgdCode) {
		boolean changed = Changes.differ(this.name, name) || Changes.differ(this.nameHi, nameHi)
				|| Changes.differ(this.lgdCode, lgdCode);
		this.name = name;
		this.nameHi = nameHi;
		this.lgdCode = lgdCode;
		return changed;
	}

}
