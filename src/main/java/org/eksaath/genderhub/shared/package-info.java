/**
 * Words every module uses: tiers, languages and places, and the time-ordered ids their
 * rows are keyed by. A shared kernel of small value types only; no persistence lives
 * here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.eksaath.genderhub.shared;
