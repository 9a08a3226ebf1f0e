package io.sparkpulse.support;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the component scan of an application a test starts by hand (outside the test
 * framework, e.g. a second {@code SpringApplicationBuilder} context) from picking up the
 * tests' own configurations; those a test wants it names as sources.
 */
public class TestConfigurationsExcluded extends TypeExcludeFilter {

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TestConfigurationsExcluded;
	}

	@Override
	public int hashCode() {
		return TestConfigurationsExcluded.class.hashCode();
	}

}
