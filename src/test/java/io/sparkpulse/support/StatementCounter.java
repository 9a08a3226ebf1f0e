package io.sparkpulse.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes on the test's own thread (the one
 * MockMvc serves requests on), or on threads the test names, so tests can pin how many a
 * page costs while background jobs run undisturbed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private final AtomicInteger executed = new AtomicInteger();

	private volatile Predicate<Thread> counted = (thread) -> false;

	public void reset() {
		Thread self = Thread.currentThread();
		reset((thread) -> thread == self);
	}

	/**
	 * Counts from now on the statements of the threads {@code counted} accepts (a test's
	 * own pool, say).
	 */
	public void reset(Predicate<Thread> counted) {
		this.counted = counted;
		this.executed.set(0);
	}

	private void record(int statements) {
		if (this.counted.test(Thread.currentThread())) {
			this.executed.addAndGet(statements);
		}
	}

	public int count() {
		return this.executed.get();
	}

	@Bean
	static BeanPostProcessor countingDataSource(
			org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.afterQuery((execution, queries) -> counter.getObject().record(queries.size()))
						.build();
				}
				return bean;
			}
		};
	}

}
