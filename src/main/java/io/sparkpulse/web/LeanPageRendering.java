package io.sparkpulse.web;

import java.util.HashMap;
import java.util.Map;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Renders public pages in a plain Thymeleaf context instead of a web one. A web context
 * keeps every variable of a template (the model, each loop variable, each fragment
 * parameter) as a servlet request attribute, set, read and removed through the whole
 * chain of request wrappers: in a crawl of uncached compare pages that was the largest
 * single cost inside Thymeleaf. Public templates need nothing of the request, so they get
 * the model in a plain context; links are built as the web context built them (no context
 * path, asset URLs fingerprinted by the resource chain).
 * <p>
 * The admin and sign-in pages keep the web context: their forms need the request (CSRF
 * tokens, binding).
 * <p>
 * It replaces two parts of the engine Boot builds, so it stays only while it pays: its
 * share of a first render is to be measured in {@code bench/results} (scenario 3 with and
 * without it). {@code LeanPageRenderingTest} fails when an upgrade builds the engine in a
 * way this no longer reaches, or makes links differently.
 */
@Component
class LeanPageRendering implements BeanPostProcessor {

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	LeanPageRendering(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.setEngineContextFactory(new PublicPagesInPlainContexts());
			engine.setLinkBuilder(new SiteLinks(this.resourceUrls));
		}
		return bean;
	}

	private static final class PublicPagesInPlainContexts implements IEngineContextFactory {

		private final IEngineContextFactory standard = new StandardEngineContextFactory();

		@Override
		public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IContext context) {
			if (!(context instanceof IWebContext web)
					|| SitePaths.isEditorPath(web.getExchange().getRequest().getRequestPath())) {
				return this.standard.createEngineContext(configuration, templateData, templateResolutionAttributes,
						context);
			}
			Map<String, Object> variables = new HashMap<>();
			for (String name : context.getVariableNames()) {
				variables.put(name, context.getVariable(name));
			}
			return new EngineContext(configuration, templateData, templateResolutionAttributes, context.getLocale(),
					variables);
		}

	}

	/**
	 * Links as the web context makes them: the site runs at the root (no context path),
	 * and asset URLs get their content hash from the resource chain.
	 */
	private static final class SiteLinks extends StandardLinkBuilder {

		private final ObjectProvider<ResourceUrlProvider> resourceUrls;

		SiteLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
			this.resourceUrls = resourceUrls;
		}

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return (context instanceof IWebContext) ? super.computeContextPath(context, base, parameters) : "";
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (context instanceof IWebContext) {
				return super.processLink(context, link);
			}
			if (link.startsWith(SitePaths.ASSETS)) {
				ResourceUrlProvider provider = this.resourceUrls.getIfAvailable();
				String fingerprinted = (provider != null) ? provider.getForLookupPath(link) : null;
				return (fingerprinted != null) ? fingerprinted : link;
			}
			return link;
		}

	}

}
