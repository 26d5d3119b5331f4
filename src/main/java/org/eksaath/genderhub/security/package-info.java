/**
 * Security: staff sign-in and roles, the jurisdiction check on every case
 * ({@link org.eksaath.genderhub.security.CaseAccess}), field-level encryption of survivor
 * details ({@link org.eksaath.genderhub.security.EncryptedStringConverter}) and the
 * hash-chained audit trail ({@link org.eksaath.genderhub.security.AuditTrail}).
 */
package org.eksaath.genderhub.security;
