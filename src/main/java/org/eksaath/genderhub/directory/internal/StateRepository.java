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

interface StateRepository extends JpaRepository<State, Long> {

	Optional<State> findByCode(String code);

}
