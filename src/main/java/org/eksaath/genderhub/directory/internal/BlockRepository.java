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

interface BlockRepository extends JpaRepository<Block, Long> {

	Optional<Block> findByCode(String code);

	@Query("select b from Block b where (:district is null or b.district.code = :district) order by b.code")
	Page<Block> list(String district, Pageable pageable);

	@Query("select b from Block b join fetch b.district d join fetch d.state")
	List<Block> findAllWithDistricts();

}
