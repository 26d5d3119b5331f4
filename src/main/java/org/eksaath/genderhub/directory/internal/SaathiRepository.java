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

interface SaathiRepository extends JpaRepository<Saathi, Long> {

	Optional<Saathi> findByPhone(String phone);

	@Query("select s from Saathi s where (:district is null or s.district.code = :district) order by s.id")
	Page<Saathi> list(String district, Pageable pageable);

}
