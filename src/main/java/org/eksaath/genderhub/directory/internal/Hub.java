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
import org.eksaath.genderhub.directory.HubView;
import org.eksaath.genderhub.shared.Tier;

@Entity
@Table(name = "dir_hub")
class Hub {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String code;

	String name;

	@Enumerated(EnumType.STRING)
	Tier tier;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "state_id")
	State state;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "district_id")
	District district;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "dir_hub_block", joinColumns = @JoinColumn(name = "hub_id"),
			inverseJoinColumns = @JoinColumn(name = "block_id"))
	Set<Block> blocks = new LinkedHashSet<>();

	protected Hub() {
	}

	Hub(String code) {
		this.code = code;
	}

	boolean update(String name, Tier tier, State state, District district, Set<Block> blocks) {
		boolean changed = Changes.differ(this.name, name) || this.tier != tier || this.state != state
				|| this.district != district || Changes.differ(this.blocks, blocks, b -> b.code);
		this.name = name;
		this.tier = tier;
		this.state = state;
		this.district = district;
		this.blocks.clear();
		this.blocks.addAll(blocks);
		return changed;
	}

	HubView view() {
		return new HubView(this.id, this.code, this.name, this.tier, this.state.code,
				(this.district != null) ? this.district.code : null);
	}

}
