package io.sparkpulse.admin.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sparkpulse.admin.web.FieldMerge.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldMergeTest {

	private static final Map<String, String> BASE = values("Synapse", "Chat for teams", "matrix");

	@Test
	void aFieldOnlyTheOtherEditorChangedTakesTheirValueAndNeverRevertsIt() {
		FieldMerge.Result merge = FieldMerge.merge(BASE, values("Synapse", "Their headline", "matrix"),
				values("Synapse", "Chat for teams", "matrix, federation"));

		assertThat(merge.hasClashes()).isFalse();
		assertThat(merge.merged()).containsExactly(Map.entry("name", "Synapse"),
				Map.entry("headline", "Their headline"), Map.entry("themes", "matrix, federation"));
		assertThat(merge.changed(Change.THEIRS)).extracting(FieldMerge.Field::name).containsExactly("headline");
		assertThat(merge.changed(Change.YOURS)).extracting(FieldMerge.Field::name).containsExactly("themes");
	}

	@Test
	void onlyAFieldBothChangedDifferentlyIsAClashAndKeepsYoursUntilChosen() {
		FieldMerge.Result merge = FieldMerge.merge(BASE, values("Synapse 2", "Their headline", "matrix"),
				values("Synapse", "My headline", "matrix"));

		assertThat(merge.hasClashes()).isTrue();
		assertThat(merge.changed(Change.CLASH)).singleElement().satisfies((field) -> {
			assertThat(field.name()).isEqualTo("headline");
			assertThat(field.theirs()).isEqualTo("Their headline");
			assertThat(field.merged()).isEqualTo("My headline");
		});
		assertThat(merge.merged()).containsEntry("name", "Synapse 2");
	}

	@Test
	void bothMakingTheSameChangeIsNoClash() {
		FieldMerge.Result merge = FieldMerge.merge(BASE, values("Synapse", "Same", "matrix"),
				values("Synapse", "Same", "matrix"));

		assertThat(merge.hasClashes()).isFalse();
		assertThat(merge.changed(Change.BOTH_ALIKE)).extracting(FieldMerge.Field::name).containsExactly("headline");
	}

	@Test
	void withoutAKnownStartEveryDifferenceIsAClashSoNothingIsOverwrittenOnAGuess() {
		FieldMerge.Result merge = FieldMerge.merge(Map.of(), values("Synapse", "Their headline", "matrix"),
				values("Synapse", "Chat for teams", "matrix"));

		assertThat(merge.changed(Change.CLASH)).extracting(FieldMerge.Field::name).containsExactly("headline");
		assertThat(merge.changed(Change.NONE)).extracting(FieldMerge.Field::name).containsExactly("name", "themes");
	}

	@Test
	void lineEndingsAndMissingValuesDoNotCountAsChanges() {
		Map<String, String> base = new LinkedHashMap<>();
		base.put("summary", "one\ntwo");
		base.put("website", "");
		Map<String, String> yours = new LinkedHashMap<>();
		yours.put("summary", "one\r\ntwo");
		yours.put("website", null);

		FieldMerge.Result merge = FieldMerge.merge(base, base, yours);

		assertThat(merge.fields()).extracting(FieldMerge.Field::change).containsOnly(Change.NONE);
	}

	@Test
	void aSnapshotKeepsEveryValueExactlyIncludingSeparatorsAndUnicode() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Señor: 12:3 ⚡");
		values.put("summary", "");
		values.put("themes", "a\nb,c");

		assertThat(FormSnapshot.decode(FormSnapshot.encode(values))).containsExactlyEntriesOf(values);
	}

	@Test
	void aGarbledSnapshotReadsAsUnknownNotAsAnError() {
		assertThat(FormSnapshot.decode("not base64 !!")).isEmpty();
		assertThat(FormSnapshot.decode(FormSnapshot.encode(Map.of("a", "b")).substring(3))).isEmpty();
		assertThat(FormSnapshot.decode(null)).isEmpty();
	}

	private static Map<String, String> values(String name, String headline, String themes) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("headline", headline);
		values.put("themes", themes);
		return values;
	}

}
