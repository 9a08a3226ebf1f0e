package io.sparkpulse.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom documents with Rome, from bytes we fetched
 * ourselves: Rome never opens a URL. The XML is parsed here, by a parser configured so
 * that hostile documents cannot reach anything: a DOCTYPE is refused outright (so no
 * external entities, no external DTD and no entity expansion bombs such as "billion
 * laughs"), external entities are off and any entity resolution fails, should a parser
 * ever get that far.
 */
public final class FeedParser {

	/**
	 * Summaries and contents are read up to this many characters; pages show a few
	 * hundred.
	 */
	private static final int MAX_TEXT_CHARS = 100_000;

	private static final int MAX_MESSAGE_CHARS = 200;

	/**
	 * The entries of the feed in {@code xml}, in document order.
	 * @throws FeedParseException if it is not well-formed XML without a DOCTYPE, or not a
	 * feed
	 */
	public List<FeedEntry> parse(byte[] xml) throws FeedParseException {
		Document document = document(xml);
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
			input.setAllowDoctypes(false);
			feed = input.build(document);
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new FeedParseException("Not an RSS or Atom feed", ex);
		}
		return feed.getEntries().stream().map(FeedParser::entry).toList();
	}

	static SAXBuilder secureBuilder() {
		SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
		builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
		builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		builder.setExpandEntities(false);
		builder.setEntityResolver((publicId, systemId) -> {
			// Never reached while DOCTYPEs are refused; a second lock in case that ever
			// changes.
			throw new SAXException("External entities are not allowed");
		});
		return builder;
	}

	private static Document document(byte[] xml) throws FeedParseException {
		try {
			return secureBuilder().build(new ByteArrayInputStream(xml));
		}
		catch (JDOMParseException ex) {
			String message = String.valueOf(ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage());
			if (message.contains("DOCTYPE")) {
				throw new FeedParseException("Refused: the document declares a DOCTYPE, which feeds must not", ex);
			}
			throw new FeedParseException(
					truncate("Malformed XML (line " + ex.getLineNumber() + "): " + PlainText.fromText(message)), ex);
		}
		catch (JDOMException | IOException ex) {
			throw new FeedParseException("Malformed XML", ex);
		}
	}

	private static FeedEntry entry(SyndEntry entry) {
		return new FeedEntry(PlainText.fromText(entry.getUri()), blankToNull(entry.getLink()),
				text(entry.getTitleEx(), false), summary(entry), instant(entry.getPublishedDate()),
				instant(entry.getUpdatedDate()));
	}

	private static String summary(SyndEntry entry) {
		String summary = text(entry.getDescription(), true);
		if (summary == null || summary.isEmpty()) {
			summary = entry.getContents()
				.stream()
				.map((content) -> text(content, true))
				.filter((text) -> text != null && !text.isEmpty())
				.findFirst()
				.orElse(null);
		}
		return summary;
	}

	/**
	 * Plain text of a feed text construct. Atom says what its texts are; RSS does not,
	 * and by custom its titles are text and its descriptions HTML.
	 */
	private static String text(SyndContent content, boolean htmlUnlessTyped) {
		if (content == null || content.getValue() == null) {
			return null;
		}
		String value = content.getValue();
		if (value.length() > MAX_TEXT_CHARS) {
			value = value.substring(0, MAX_TEXT_CHARS);
		}
		String type = (content.getType() != null) ? content.getType().toLowerCase(Locale.ROOT) : null;
		boolean html = (type == null) ? htmlUnlessTyped : (type.contains("html"));
		return html ? PlainText.fromHtml(value) : PlainText.fromText(value);
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String truncate(String message) {
		return PlainText.truncate(message, MAX_MESSAGE_CHARS);
	}

}
