/**
 * Notifications: tells people what happened to a case by SMS, WhatsApp and email, in
 * their own language. It listens to the case events, records each message in an outbox in
 * the same transaction as the decision, and a dispatcher sends it after commit, once,
 * with retries, a rate limit per sender and fallback to another channel or contact. No
 * module depends on it.
 */
package org.eksaath.genderhub.notification;
