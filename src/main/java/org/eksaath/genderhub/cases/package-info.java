/**
 * Cases: a triaged alert with an incident type, a risk level, a place, consent, a tier,
 * an owner, a status and a timeline. It publishes what happens to a case as events (this
 * package) so that notification and others can react in the same transaction.
 */
package org.eksaath.genderhub.cases;
