package io.sparkpulse.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON the ledger's queries build in SQL ({@code json_build_object}), so a page
 * gets a product's predictions, grades, sources and corrections in one statement.
 */
final class LedgerJson {

	/**
	 * A prediction with its grades, oldest grade first; {@code pr} is the prediction row.
	 */
	static final String PREDICTION = """
			json_build_object('id', pr.id, 'productId', pr.product_id, 'revision', pr.revision,
			    'statement', pr.statement, 'madeAt', pr.made_at, 'dueOn', pr.due_on,
			    'grades', (select coalesce(json_agg(json_build_object('id', g.id, 'sequence', g.sequence,
			        'grade', g.grade, 'note', g.note, 'evidenceActivityId', g.evidence_activity_id,
			        'evidenceTitle', g.evidence_title, 'evidenceOn', g.evidence_on, 'evidenceUrl', g.evidence_url,
			        'gradedOn', g.graded_on, 'reason', g.reason, 'author', g.author, 'createdAt', g.created_at)
			        order by g.sequence), '[]'::json)
			        from prediction_grade g where g.prediction_id = pr.id))""";

	/** A correction; {@code c} is the correction row. */
	static final String CORRECTION = """
			json_build_object('id', c.id, 'productId', c.product_id, 'revision', c.revision, 'note', c.note,
			    'blocks', c.blocks, 'correctedAt', c.corrected_at, 'author', c.author)""";

	private static final TypeReference<List<PredictionJson>> PREDICTIONS = new TypeReference<>() {
	};

	private static final TypeReference<List<CorrectionJson>> CORRECTIONS = new TypeReference<>() {
	};

	private static final TypeReference<List<SourceJson>> SOURCES = new TypeReference<>() {
	};

	private final JsonMapper json;

	LedgerJson(JsonMapper json) {
		this.json = json;
	}

	PredictionRecord prediction(String text) {
		return this.json.readValue(text, PredictionJson.class).record();
	}

	List<PredictionRecord> predictions(String text) {
		return this.json.readValue(text, PREDICTIONS).stream().map(PredictionJson::record).toList();
	}

	CorrectionRecord correction(String text) {
		return this.json.readValue(text, CorrectionJson.class).record();
	}

	List<CorrectionRecord> corrections(String text) {
		return this.json.readValue(text, CORRECTIONS).stream().map(CorrectionJson::record).toList();
	}

	List<SourceRecord> sources(String text) {
		return this.json.readValue(text, SOURCES)
			.stream()
			.map((s) -> new SourceRecord(EditorialBlock.valueOf(s.block()), s.position(),
					new Source(s.url(), s.title(), LocalDate.parse(s.retrievedOn()))))
			.toList();
	}

	private static Instant instant(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

	record PredictionJson(long id, long productId, Integer revision, String statement, String madeAt, String dueOn,
			List<GradeJson> grades) {

		PredictionRecord record() {
			return new PredictionRecord(this.id, this.productId, this.revision, this.statement, instant(this.madeAt),
					date(this.dueOn), this.grades.stream().map(GradeJson::record).toList());
		}

	}

	record GradeJson(long id, int sequence, String grade, String note, Long evidenceActivityId, String evidenceTitle,
			String evidenceOn, String evidenceUrl, String gradedOn, String reason, String author, String createdAt) {

		GradeRecord record() {
			return new GradeRecord(this.id, this.sequence, Grade.valueOf(this.grade), this.note,
					this.evidenceActivityId, this.evidenceTitle, date(this.evidenceOn), this.evidenceUrl,
					date(this.gradedOn), this.reason, this.author, instant(this.createdAt));
		}

	}

	record CorrectionJson(long id, long productId, int revision, String note, String blocks, String correctedAt,
			String author) {

		CorrectionRecord record() {
			return new CorrectionRecord(this.id, this.productId, this.revision, this.note,
					java.util.Arrays.stream(this.blocks.split(" "))
						.filter((b) -> !b.isEmpty())
						.map(EditorialBlock::valueOf)
						.toList(),
					instant(this.correctedAt), this.author);
		}

	}

	record SourceJson(String block, int position, String url, String title, String retrievedOn) {
	}

}
