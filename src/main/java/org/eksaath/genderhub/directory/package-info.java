/**
 * The hub directory: places (states, districts, blocks), hubs at each tier, service
 * providers, contacts, Samanta Saathis and women's groups. Other modules ask it who to
 * tell through {@link org.eksaath.genderhub.directory.DirectoryLookup}; administrators
 * load it from CSV files.
 */
package org.eksaath.genderhub.directory;
