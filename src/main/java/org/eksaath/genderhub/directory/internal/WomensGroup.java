package org.eksaath.genderhub.directory.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "dir_womens_group")
class WomensGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String code;

	String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "district_id")
	District district;

	/** Blocks served; empty means the whole district. */
	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "dir_womens_group_block", joinColumns = @JoinColumn(name = "womens_group_id"),
			inverseJoinColumns = @JoinColumn(name = "block_id"))
	Set<Block> blocks = new LinkedHashSet<>();

	boolean active;

	protected WomensGroup() {
	}

	WomensGroup(String code) {
		this.code = code;
	}

	boolean update(String name, District district, Set<Block> blocks, boolean active) {
		boolean changed = Changes.differ(this.name, name) || this.district != district
				|| Changes.differ(this.blocks, blocks, b -> b.code) || this.active != active;
		this.name = name;
		this.district = district;
		this.blocks.clear();
		this.blocks.addAll(blocks);
		this.active = active;
		return changed;
	}

}
