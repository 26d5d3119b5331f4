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

interface WomensGroupRepository extends JpaRepository<WomensGroup, Long> {

	Optional<WomensGroup> findByCode(String code);

	@Query("select g from WomensGroup g where (:district is null or g.district.code = :district) order by g.code")
	Page<WomensGroup> list(String district, Pageable pageable);

	@Query("select g from WomensGroup g where g.active = true and g.district.code = :districtCode order by g.id")
	List<WomensGroup> findActiveInDistrict(String districtCode);

}
