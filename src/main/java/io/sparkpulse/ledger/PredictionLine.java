package io.sparkpulse.ledger;

import java.util.List;

/**
 * One prediction as pages show it: what was predicted and when, and either how it was
 * graded or when it falls due.
 *
 * @param anchor its fragment on the track record ("prediction-42")
 * @param grade the standing grade, or {@code null} while open
 * @param earlierGrades grades it had before a regrade, oldest first
 * @param overdue open and past its due date, awaiting a grade
 */
public record PredictionLine(long id, String anchor, Day made, String statement, Day due, GradeLine grade,
		List<GradeLine> earlierGrades, boolean overdue) {

	public boolean open() {
		return this.grade == null;
	}

	/**
	 * A grade as pages show it.
	 *
	 * @param evidenceText the evidence as a reader sees it ("1.155.0"), or {@code null}
	 * @param evidenceHref where the evidence can be read, or {@code null}
	 * @param reason why it was regraded, or {@code null} for a first grade
	 */
	public record GradeLine(String label, String css, Day on, String note, String evidenceText, String evidenceHref,
			String reason) {

		static GradeLine of(GradeRecord grade) {
			String evidenceText = (grade.evidenceTitle() != null) ? grade.evidenceTitle()
					: (grade.evidenceUrl() != null) ? host(grade.evidenceUrl()) : null;
			return new GradeLine(grade.grade().label(), grade.grade().css(), Day.of(grade.gradedOn()), grade.note(),
					evidenceText, grade.evidenceUrl(), sentence(grade.reason()));
		}

		/**
		 * The text without its closing full stop, as pages end the sentence around it.
		 */
		private static String sentence(String text) {
			return (text != null && text.endsWith(".")) ? text.substring(0, text.length() - 1) : text;
		}

		private static String host(String url) {
			try {
				String host = java.net.URI.create(url).getHost();
				return (host != null) ? host.replaceFirst("^www\\.", "") : url;
			}
			catch (IllegalArgumentException ex) {
				return url;
			}
		}

	}

}
