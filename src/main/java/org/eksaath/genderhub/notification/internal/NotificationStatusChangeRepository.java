package org.eksaath.genderhub.notification.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationStatusChangeRepository extends JpaRepository<NotificationStatusChange, Long> {

	List<NotificationStatusChange> findByNotificationIdOrderByIdAsc(UUID notificationId);

}
