package io.sparkpulse.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Editors' sessions live in PostgreSQL. Two requests of one session that both add the
 * same attribute (an editor's two tabs saving at once) would both insert it, and the
 * second insert would fail on the attribute's primary key and answer 500; PostgreSQL's
 * upsert lets the later write win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
