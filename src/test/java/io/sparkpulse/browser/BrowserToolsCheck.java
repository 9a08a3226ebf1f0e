package io.sparkpulse.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs before each browser test is even constructed (so no application starts for
 * nothing): without the tools, the test is aborted, which test reports count as skipped,
 * or failed when browser tests are required. Hands the tools to the test's methods.
 */
class BrowserToolsCheck implements TestInstancePreConstructCallback, ParameterResolver {

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		BrowserTools tools = tools(context);
		tools.missing().ifPresent((reason) -> {
			if (tools.required()) {
				throw new AssertionFailedError("Browser tests are required here but cannot run: " + reason);
			}
			throw new TestAbortedException("Browser tests skipped: " + reason);
		});
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == BrowserTools.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return tools(extensionContext);
	}

	private static BrowserTools tools(ExtensionContext context) {
		return BrowserTools.configured(context::getConfigurationParameter);
	}

}
