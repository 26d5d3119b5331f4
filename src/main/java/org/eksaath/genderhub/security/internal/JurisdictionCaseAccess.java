package org.eksaath.genderhub.security.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.HubView;
import org.eksaath.genderhub.directory.ProviderView;
import org.eksaath.genderhub.security.AuditTrail;
import org.eksaath.genderhub.security.CaseAccess;
import org.eksaath.genderhub.security.CaseAction;
import org.eksaath.genderhub.security.CaseScope;
import org.eksaath.genderhub.security.Role;
import org.eksaath.genderhub.security.StaffScope;
import org.eksaath.genderhub.security.StaffScope.Staff;
import org.eksaath.genderhub.shared.Tier;

/**
 * Who sees which case: a coordinator the cases of her community hub, a district official
 * his district's escalated cases, a state official her state's escalated cases, a
 * provider the cases referred to it, an administrator all. A Saathi opens cases but reads
 * none.
 */
@Component
class JurisdictionCaseAccess implements CaseAccess {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JurisdictionCaseAccess.class);

	private final DirectoryLookup directory;

	private final AuditTrail audit;

	private final StaffScope staff;

	JurisdictionCaseAccess(DirectoryLookup directory, AuditTrail audit, StaffScope staff) {
		this.directory = directory;
		this.audit = audit;
		this.staff = staff;
	}

	@Override
	public Decision check(CaseScope scope, CaseAction action, Long providerId) {
		Decision decision = decide(scope, action, providerId);
		this.audit.record(scope.caseId(), action.name(), decision.name());
		if (decision != Decision.ALLOWED) {
			// The audit entry rolls back with the refused request; the log keeps the
			// attempt.
			log.info("Refused {} on case {} for {}: {}", action, scope.caseId(), currentUser().orElse("anonymous"),
					decision);
		}
		return decision;
	}

	Decision decide(CaseScope scope, CaseAction action, Long providerId) {
		Optional<Staff> signedIn = this.staff.current();
		if (signedIn.isEmpty()) {
			return Decision.NOT_VISIBLE;
		}
		Staff user = signedIn.get();
		if (!sees(user, scope)) {
			return Decision.NOT_VISIBLE;
		}
		if (!action.allows(user.role())) {
			return Decision.FORBIDDEN;
		}
		if (action == CaseAction.ANSWER_REFERRAL && user.role() == Role.PROVIDER
				&& (providerId == null || !isOwnProvider(user, providerId))) {
			return Decision.FORBIDDEN;
		}
		return Decision.ALLOWED;
	}

	private boolean sees(Staff user, CaseScope scope) {
		String mine = user.jurisdiction();
		var place = scope.place();
		boolean escalated = scope.everEscalated() || scope.tier() != Tier.COMMUNITY;
		return switch (user.role()) {
			case ADMIN -> true;
			case COORDINATOR -> mine != null
					&& this.directory.hubFor(Tier.COMMUNITY, place.stateCode(), place.districtCode(), place.blockCode())
						.map(HubView::code)
						.filter(mine::equals)
						.isPresent();
			case DISTRICT_OFFICIAL -> escalated && mine != null && mine.equals(place.districtCode());
			case STATE_OFFICIAL -> escalated && mine != null && mine.equals(place.stateCode());
			case PROVIDER ->
				mine != null && scope.referredProviderIds().stream().anyMatch((id) -> isOwnProvider(user, id));
			case SAATHI -> false;
		};
	}

	private boolean isOwnProvider(Staff user, long providerId) {
		return this.directory.provider(providerId)
			.map(ProviderView::code)
			.filter(user.jurisdiction()::equals)
			.isPresent();
	}

	@Override
	public Optional<String> currentUser() {
		return this.staff.current().map(Staff::username);
	}

}
