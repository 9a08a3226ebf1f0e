package io.sparkpulse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The application as clients meet it: a real server on a random loopback port, configured
 * as in production (page cache on), on the test PostgreSQL with time pinned by
 * {@link FixedClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
public @interface ServerTest {

}
