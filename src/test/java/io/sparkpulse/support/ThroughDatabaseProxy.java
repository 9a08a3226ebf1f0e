package io.sparkpulse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application under test reaches PostgreSQL through {@link DatabaseProxy}, so the
 * test can cut the database off and bring it back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ThroughDatabaseProxy {

}
