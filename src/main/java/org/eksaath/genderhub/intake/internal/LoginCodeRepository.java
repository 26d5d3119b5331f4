package org.eksaath.genderhub.intake.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginCodeRepository extends JpaRepository<LoginCode, UUID> {

	Optional<LoginCode> findFirstBySaathiIdOrderByCreatedAtDesc(long saathiId);

}
