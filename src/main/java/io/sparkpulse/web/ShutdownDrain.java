package io.sparkpulse.web;

import java.time.Duration;

import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first step of a shutdown, before the web server's graceful stop: the listening
 * socket closes (new connections are refused at once, so a load balancer retries them on
 * another instance) and keep-alive is switched off, while requests keep being served for
 * {@code sparkpulse.shutdown.drain}.
 * <p>
 * Without it the graceful stop pauses the connector straight away: a reader whose next
 * request was already on its kept-alive connection gets that connection closed without an
 * answer. During the drain that request is answered, with {@code Connection: close}, and
 * the client's following request opens a new connection elsewhere.
 */
@Component
class ShutdownDrain {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationContext context;

	private final Duration drain;

	ShutdownDrain(ApplicationContext context, ShutdownProperties properties) {
		this.context = context;
		this.drain = properties.drain();
	}

	@EventListener
	void onShutdown(ContextClosedEvent event) {
		if (event.getApplicationContext() != this.context || !(this.context instanceof WebServerApplicationContext web)
				|| !(web.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
			connector.getProtocolHandler().closeServerSocketGraceful();
		}
		log.info("Refusing new connections; answering requests on open ones for {} ms before stopping",
				this.drain.toMillis());
		try {
			Thread.sleep(this.drain.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
