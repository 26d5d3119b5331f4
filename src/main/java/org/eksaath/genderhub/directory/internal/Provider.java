package org.eksaath.genderhub.directory.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.ProviderView;

@Entity
@Table(name = "dir_provider")
class Provider {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String code;

	String name;

	@Enumerated(EnumType.STRING)
	ProviderCategory category;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "district_id")
	District district;

	/** Blocks served; empty means the whole district. */
	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "dir_provider_block", joinColumns = @JoinColumn(name = "provider_id"),
			inverseJoinColumns = @JoinColumn(name = "block_id"))
	Set<Block> blocks = new LinkedHashSet<>();

	boolean urgentAtNight;

	boolean active;

	protected Provider() {
	}

	Provider(String code) {
		this.code = code;
	}

	boolean update(String name, ProviderCategory category, District district, Set<Block> blocks, boolean urgentAtNight,
			boolean active) {
		boolean changed = Changes.differ(this.name, name) || this.category != category || this.district != district
				|| Changes.differ(this.blocks, blocks, b -> b.code) || this.urgentAtNight != urgentAtNight
				|| this.active != active;
		this.name = name;
		this.category = category;
		this.district = district;
		this.blocks.clear();
		this.blocks.addAll(blocks);
		this.urgentAtNight = urgentAtNight;
		this.active = active;
		return changed;
	}

	ProviderView view() {
		return new ProviderView(this.id, this.code, this.name, this.category, this.district.code, this.urgentAtNight);
	}

}
