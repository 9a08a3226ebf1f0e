package io.sparkpulse.admin.feeds;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableProduct;
import io.sparkpulse.ingest.FeedSourceCommands;
import io.sparkpulse.ingest.FeedSourceDraft;
import io.sparkpulse.ingest.FeedSourceQueries;
import io.sparkpulse.ingest.FeedSourceRejectedException;
import io.sparkpulse.ingest.FeedSourceStatus;
import io.sparkpulse.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Adds, edits, removes and hurries the feed sources of a product for editors. Each change
 * and its audit entry are written in one transaction; an address ingestion refuses
 * becomes a field error and the transaction is rolled back, so nothing of it is kept.
 */
@Service
@Transactional
public class FeedSourceEditing {

	private static final String ENTITY = "feed_source";

	private final FeedSourceCommands commands;

	private final FeedSourceQueries queries;

	private final CatalogQueries catalog;

	private final AuditLog audit;

	private final SourceTimes times;

	FeedSourceEditing(FeedSourceCommands commands, FeedSourceQueries queries, CatalogQueries catalog, AuditLog audit,
			Clock clock) {
		this.commands = commands;
		this.queries = queries;
		this.catalog = catalog;
		this.audit = audit;
		this.times = new SourceTimes(clock);
	}

	@Transactional(readOnly = true)
	public ProductFeeds feedsOf(long productId) {
		EditableProduct product = product(productId);
		return new ProductFeeds(product,
				this.queries.ofProduct(productId).stream().map((source) -> SourceRow.of(source, this.times)).toList());
	}

	@Transactional(readOnly = true)
	public Source source(long sourceId) {
		FeedSourceStatus source = status(sourceId);
		return new Source(product(source.productId()), SourceRow.of(source, this.times));
	}

	public Outcome add(long productId, FeedSourceDraft draft, Actor actor) {
		EditableProduct product = product(productId);
		long id;
		try {
			id = this.commands.add(productId, draft);
		}
		catch (FeedSourceRejectedException ex) {
			return rejected(ex);
		}
		FeedSourceStatus added = status(id);
		this.audit.record(actor,
				AuditEvent
					.of("feed_source.create", ENTITY, id,
							"Added the " + kindOf(added) + " feed " + added.url() + " to " + product.name(), null,
							SourceAudit.of(added))
					.aboutProduct(productId));
		return Outcome.saved(id, product.name() + " now follows " + added.url() + ". It is fetched at the next poll.");
	}

	public Outcome update(long sourceId, FeedSourceDraft draft, Actor actor) {
		FeedSourceStatus before = status(sourceId);
		try {
			this.commands.update(sourceId, draft);
		}
		catch (FeedSourceRejectedException ex) {
			return rejected(ex);
		}
		FeedSourceStatus after = status(sourceId);
		this.audit.record(actor,
				AuditEvent
					.of("feed_source.update", ENTITY, sourceId, "Edited the feed " + after.url(),
							SourceAudit.of(before), SourceAudit.of(after))
					.aboutProduct(before.productId()));
		return Outcome.saved(sourceId,
				"Saved the feed " + after.url() + ". It is fetched again from scratch at the next poll.");
	}

	public Outcome remove(long sourceId, Actor actor) {
		FeedSourceStatus before = status(sourceId);
		this.commands.remove(sourceId);
		this.audit.record(actor,
				AuditEvent
					.of("feed_source.remove", ENTITY, sourceId, "Stopped following the feed " + before.url(),
							SourceAudit.of(before), null)
					.aboutProduct(before.productId()));
		return Outcome.saved(sourceId, "Stopped following " + before.url() + ". The items it found stay.");
	}

	public Outcome fetchSoon(long sourceId, Actor actor) {
		FeedSourceStatus before = status(sourceId);
		this.commands.fetchSoon(sourceId);
		this.audit
			.record(actor, AuditEvent
				.of("feed_source.fetch", ENTITY, sourceId, "Asked for the feed " + before.url() + " to be fetched now",
						SourceAudit.of(before), SourceAudit.of(status(sourceId)))
				.aboutProduct(before.productId()));
		return Outcome.saved(sourceId, before.url() + " is fetched at the next poll.");
	}

	private FeedSourceStatus status(long sourceId) {
		return this.queries.byId(sourceId).orElseThrow(() -> new NotFoundException("feed source " + sourceId));
	}

	private EditableProduct product(long productId) {
		return this.catalog.editableProduct(productId).orElseThrow(() -> new NotFoundException("product " + productId));
	}

	/**
	 * Ingestion's own transaction boundary has already marked the shared transaction for
	 * rollback; marking this one too makes the rollback the expected ending instead of a
	 * failure at commit.
	 */
	private static Outcome rejected(FeedSourceRejectedException ex) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		String message = ex.getMessage();
		return Outcome.rejected(ex.field(), "url".equals(ex.field())
				? "Feed address: " + Character.toLowerCase(message.charAt(0)) + message.substring(1) : message);
	}

	private static String kindOf(FeedSourceStatus source) {
		return source.kind().label().toLowerCase(Locale.ROOT);
	}

	/**
	 * A product with the feeds it follows, oldest first.
	 */
	public record ProductFeeds(EditableProduct product, List<SourceRow> sources) {
	}

	public record Source(EditableProduct product, SourceRow row) {
	}

}
