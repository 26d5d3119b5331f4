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

interface ProviderRepository extends JpaRepository<Provider, Long> {

	Optional<Provider> findByCode(String code);

	@Query("select p from Provider p where (:district is null or p.district.code = :district) "
			+ "and (:category is null or p.category = :category) order by p.code")
	Page<Provider> list(String district, ProviderCategory category, Pageable pageable);

	@Query("select p from Provider p where p.active = true and p.district.code = :districtCode "
			+ "and p.category in :categories order by p.id")
	List<Provider> findActiveInDistrict(String districtCode, Collection<ProviderCategory> categories);

}
