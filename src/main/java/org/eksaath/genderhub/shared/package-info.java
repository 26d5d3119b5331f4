/**
 * Words every module uses: tiers, languages and places. A shared kernel of small value
 * types only; no behaviour and no persistence live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.eksaath.genderhub.shared;
