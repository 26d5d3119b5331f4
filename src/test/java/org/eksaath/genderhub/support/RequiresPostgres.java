package org.eksaath.genderhub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs a real PostgreSQL (see {@link PostgresSupport}). Where none is
 * reachable the test is skipped with a message saying so, unless the system property
 * {@code genderhub.postgres.required} is true (CI sets it), in which case it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresSupport.Condition.class)
public @interface RequiresPostgres {

}
