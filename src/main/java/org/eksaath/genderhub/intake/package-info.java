/**
 * Intake: alerts from Saathis and partner systems by SMS (Twilio, an Android SMS
 * gateway), WhatsApp, a web form and a REST API, and reply codes from providers and
 * officials. Every alert is stored in its own transaction before anything else happens,
 * then parsed and turned into a case (through {@code cases}); what cannot be understood
 * waits for a coordinator.
 */
package org.eksaath.genderhub.intake;
