package org.eksaath.genderhub.directory.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directory module.
 *
 * @param demoData whether to load the fictional demo directory on startup (default
 * profile only)
 * @param fictionalNumberPrefixes E.164 prefixes of never-assigned numbers that are
 * accepted although libphonenumber does not list them as valid (demo data and tests);
 * empty in production
 */
@ConfigurationProperties("genderhub.directory")
record DirectoryProperties(@DefaultValue("false") boolean demoData,
		@DefaultValue List<String> fictionalNumberPrefixes) {
}
