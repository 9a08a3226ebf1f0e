package io.sparkpulse.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives every template the site's paths as {@code #paths}, so a link is written
 * {@code @{${#paths.product(p.slug)}}}. An expression object rather than a bean
 * reference: link expressions are evaluated in Thymeleaf's restricted mode, which refuses
 * {@code @bean} lookups but allows expression objects.
 */
@Component
class PathsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "paths";

	private static final SitePaths PATHS = new SitePaths();

	PathsDialect() {
		super("Site paths");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? PATHS : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
