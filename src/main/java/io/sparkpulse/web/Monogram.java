package io.sparkpulse.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A product's mark when it has no logo: its initial on a colour derived from its slug, so
 * two products with the same initial still look different, and the same product looks the
 * same on every page. The colour is dark enough for white text to reach
 * {@value #MIN_CONTRAST}:1 (WCAG AA for normal text) whatever the hue.
 *
 * @param letter the initial shown
 * @param background the fill, as {@code #rrggbb}
 */
public record Monogram(String letter, String background) {

	/** The white letter on the fill must reach this contrast ratio. */
	static final double MIN_CONTRAST = 4.5;

	private static final double SATURATION = 0.62;

	private static final double START_LIGHTNESS = 0.46;

	public static Monogram of(String slug, String name) {
		String letter = name.isBlank() ? "?"
				: name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
		double hue = Integer.toUnsignedLong(fnv1a(slug)) % 360;
		double lightness = START_LIGHTNESS;
		int[] rgb = rgb(hue, SATURATION, lightness);
		while (contrastWithWhite(rgb) < MIN_CONTRAST) {
			lightness -= 0.01;
			rgb = rgb(hue, SATURATION, lightness);
		}
		return new Monogram(letter, String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]));
	}

	/** Contrast ratio of white text on this colour, as WCAG defines it. */
	static double contrastWithWhite(int[] rgb) {
		return 1.05 / (luminance(rgb) + 0.05);
	}

	public static double contrastWithWhite(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return contrastWithWhite(new int[] { value >> 16, (value >> 8) & 0xff, value & 0xff });
	}

	private static double luminance(int[] rgb) {
		double[] linear = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = rgb[i] / 255.0;
			linear[i] = (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
	}

	private static int[] rgb(double hue, double saturation, double lightness) {
		double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
		double sector = hue / 60;
		double x = chroma * (1 - Math.abs(sector % 2 - 1));
		double[] base = switch ((int) sector) {
			case 0 -> new double[] { chroma, x, 0 };
			case 1 -> new double[] { x, chroma, 0 };
			case 2 -> new double[] { 0, chroma, x };
			case 3 -> new double[] { 0, x, chroma };
			case 4 -> new double[] { x, 0, chroma };
			default -> new double[] { chroma, 0, x };
		};
		double m = lightness - chroma / 2;
		return new int[] { channel(base[0] + m), channel(base[1] + m), channel(base[2] + m) };
	}

	private static int channel(double value) {
		return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
	}

	/** FNV-1a: a stable spread of slugs over hues, the same on every JVM. */
	private static int fnv1a(String text) {
		int hash = 0x811c9dc5;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x01000193;
		}
		return hash;
	}

}
