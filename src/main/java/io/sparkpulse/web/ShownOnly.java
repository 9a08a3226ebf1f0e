package io.sparkpulse.web;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * A model value worked out only if the template rendering the page reads it: a controller
 * advice adds it to every response of its controllers, and a form post that redirects, or
 * a page that does not show it, pays nothing for it.
 */
public final class ShownOnly {

	private ShownOnly() {
	}

	public static <T> LazyContextVariable<T> of(Supplier<T> value) {
		return new LazyContextVariable<>() {

			@Override
			protected T loadValue() {
				return value.get();
			}

		};
	}

}
