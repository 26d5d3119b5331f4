package org.eksaath.genderhub.cases.internal;

/** Where a referral to one provider stands. */
enum ReferralStatus {

	REQUESTED, ACKNOWLEDGED, DECLINED, ACTED, TIMED_OUT

}
