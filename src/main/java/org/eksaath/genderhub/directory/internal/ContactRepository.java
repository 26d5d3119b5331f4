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

interface ContactRepository extends JpaRepository<Contact, Long> {

	Optional<Contact> findByPhone(String phone);

	@Query("select c from Contact c left join c.hub h left join c.provider p left join c.womensGroup g "
			+ "where (:role is null or c.role = :role) and (:hub is null or h.code = :hub) "
			+ "and (:provider is null or p.code = :provider) and (:group is null or g.code = :group) "
			+ "order by c.id")
	Page<Contact> list(ContactRole role, String hub, String provider, String group, Pageable pageable);

	List<Contact> findByHubIdAndActiveTrueOrderByPriorityAscIdAsc(Long hubId);

	List<Contact> findByHubIdAndRoleAndActiveTrueOrderByPriorityAscIdAsc(Long hubId, ContactRole role);

	List<Contact> findByProviderIdAndActiveTrueOrderByPriorityAscIdAsc(Long providerId);

	List<Contact> findByWomensGroupIdInAndActiveTrueOrderByPriorityAscIdAsc(Collection<Long> groupIds);

}
