package io.sparkpulse.ingest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A full-stack ingestion test, like {@link PageTest}, on the {@link TestNetwork}: made-up
 * host names, sockets that only reach loopback, loopback allowed by configuration (and
 * nothing else that is not public), and short timeouts. Polling stays off; tests poll
 * explicitly. Tests commit what the pollers write, so they use {@link IngestTestData}
 * products and clean them up. A second application context next to the pages' one, so it
 * keeps a small connection pool.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ FixedClock.class, StatementCounter.class, IngestTestData.Network.class, IngestTestData.class })
@TestPropertySource(properties = { "sparkpulse.ingest.allowed-networks=127.0.0.0/8",
		"sparkpulse.ingest.connect-timeout=PT1S", "sparkpulse.ingest.read-timeout=PT1S",
		"sparkpulse.ingest.fetch-timeout=PT4S", "sparkpulse.ingest.lease=PT1M",
		"spring.datasource.hikari.maximum-pool-size=5", "spring.datasource.hikari.minimum-idle=1" })
@interface IngestTest {

}
