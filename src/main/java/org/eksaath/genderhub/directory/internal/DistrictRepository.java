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

interface DistrictRepository extends JpaRepository<District, Long> {

	Optional<District> findByCode(String code);

	@Query("select d from District d where (:state is null or d.state.code = :state) order by d.code")
	Page<District> list(String state, Pageable pageable);

}
