package org.eksaath.genderhub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that drives a real headless Chromium (see {@link BrowserSupport}). Where
 * Debian's {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing the test
 * is skipped with a message saying so, unless the system property
 * {@code genderhub.browser.required} is true (CI sets it), in which case it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserSupport.Condition.class)
public @interface RequiresBrowser {

}
