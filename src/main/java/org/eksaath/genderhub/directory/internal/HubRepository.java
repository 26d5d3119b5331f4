package org.eksaath.genderhub.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HubRepository extends JpaRepository<Hub, Long> {

	Optional<Hub> findByCode(String code);

	@Query("select h from Hub h left join h.district d where (:tier is null or h.tier = :tier) "
			+ "and (:state is null or h.state.code = :state) and (:district is null or d.code = :district) "
			+ "order by h.code")
	Page<Hub> list(Tier tier, String state, String district, Pageable pageable);

	List<Hub> findByTierAndStateCodeOrderById(Tier tier, String stateCode);

	List<Hub> findByTierAndDistrictCodeOrderById(Tier tier, String districtCode);

	@Query("select distinct h from Hub h join h.blocks b where h.tier = :tier and b.code = :blockCode order by h.id")
	List<Hub> findByTierCoveringBlock(Tier tier, String blockCode);

}
