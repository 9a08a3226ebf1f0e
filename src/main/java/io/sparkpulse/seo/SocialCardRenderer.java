package io.sparkpulse.seo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * Draws the 1200×630 PNG that link previews show, from data only, with the JDK's own 2D
 * graphics.
 */
@Component
public class SocialCardRenderer {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final Color BACKGROUND_TOP = new Color(0x0f, 0x17, 0x2a);

	private static final Color BACKGROUND_BOTTOM = new Color(0x13, 0x2f, 0x63);

	private static final Color TEXT = new Color(0xf1, 0xf4, 0xf9);

	private static final Color MUTED = new Color(0xa9, 0xb8, 0xd4);

	private static final Color ACCENT = new Color(0xff, 0xd5, 0x4f);

	public byte[] render(SocialCard card) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, HEIGHT, BACKGROUND_BOTTOM));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.setFont(font(Font.BOLD, 34));
			g.drawString("Sparkpulse", 70, 90);
			g.setColor(MUTED);
			g.setFont(font(Font.PLAIN, 30));
			g.drawString(fit(g, card.kicker().toUpperCase(java.util.Locale.ROOT), WIDTH - 140), 70, 150);
			drawEntries(g, card);
			g.setColor(MUTED);
			g.setFont(font(Font.PLAIN, 28));
			g.drawString(fit(g, card.footnote(), WIDTH - 140), 70, HEIGHT - 60);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	private void drawEntries(Graphics2D g, SocialCard card) {
		int count = Math.max(1, card.entries().size());
		int nameSize = (count == 1) ? 84 : (count == 2) ? 64 : 46;
		int rowHeight = (count <= 2) ? 120 : 82;
		int top = (count <= 2) ? 250 : 215;
		for (int i = 0; i < card.entries().size(); i++) {
			SocialCard.Entry entry = card.entries().get(i);
			int baseline = top + i * rowHeight;
			g.setFont(font(Font.BOLD, nameSize));
			g.setColor(TEXT);
			String name = fit(g, entry.name(), WIDTH - 140 - 260);
			g.drawString(name, 70, baseline);
			if (entry.velocity() == null) {
				continue;
			}
			g.setFont(font(Font.BOLD, nameSize - 8));
			String score = entry.velocity().toPlainString();
			FontMetrics metrics = g.getFontMetrics();
			int badgeWidth = metrics.stringWidth(score) + 48;
			int badgeHeight = metrics.getAscent() + 20;
			int badgeX = WIDTH - 70 - badgeWidth;
			int badgeY = baseline - metrics.getAscent() - 4;
			g.setColor(new Color(0x20, 0x32, 0x52));
			g.fill(new RoundRectangle2D.Double(badgeX, badgeY, badgeWidth, badgeHeight, 24, 24));
			g.setColor(ACCENT);
			g.setStroke(new BasicStroke(3));
			g.draw(new RoundRectangle2D.Double(badgeX, badgeY, badgeWidth, badgeHeight, 24, 24));
			g.drawString(score, badgeX + 24, baseline + 4);
		}
	}

	private static String fit(Graphics2D g, String text, int width) {
		FontMetrics metrics = g.getFontMetrics();
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String shortened = text;
		while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened.stripTrailing() + "…";
	}

	private static Font font(int style, int size) {
		return new Font(Font.SANS_SERIF, style, size);
	}

	private static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
