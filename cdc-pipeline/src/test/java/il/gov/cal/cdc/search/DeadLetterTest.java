package il.gov.cal.cdc.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterTest {

  private static String reason(String message) {
    return new DeadLetter("1", "card_transaction", "cal-transactions", message, null).reason();
  }

  @Test
  void openSearchPreviewOfTheRefusedValueIsWithheldAndTheFieldKept() {
    assertThat(
            reason(
                "mapper_parsing_exception: failed to parse field [merchant.country] of type"
                    + " [short] in document with id '5'. Preview of field's value: '4580 O'Neil'"))
        .isEqualTo(
            "mapper_parsing_exception: failed to parse field [merchant.country] of type [short]"
                + " in document with id '5'. Preview of field's value: (value withheld)");
  }

  @Test
  void immenseTermBytesAreWithheld() {
    assertThat(
            reason(
                "illegal_argument_exception: Document contains at least one immense term in"
                    + " field=\"unit_path\" (whose UTF8 encoding is longer than the max length"
                    + " 32766), all of which were skipped. The prefix of the first immense term"
                    + " is: '[52, 53, 56, 48]...', original message: bytes can be at most 32766"))
        .doesNotContain("52, 53")
        .contains("field=\"unit_path\"", "term is: (value withheld), original message");
  }

  @Test
  void databaseValuesAreWithheldAndTheColumnOrKeyKept() {
    assertThat(
            reason(
                "SQLState 22007: Incorrect datetime value: '2026-13-01 o''clock' for column"
                    + " `cal_ods`.`ods_transaction`.`created_at` at row 1"))
        .isEqualTo(
            "SQLState 22007: Incorrect datetime value: (value withheld) for column"
                + " `cal_ods`.`ods_transaction`.`created_at` at row 1");
    assertThat(reason("SQLState 23000: Duplicate entry '4580-1234' for key 'uq_ref'"))
        .isEqualTo("SQLState 23000: Duplicate entry (value withheld) for key 'uq_ref'");
    assertThat(reason("SQLState 22007: Truncated incorrect DOUBLE value: 'x1'"))
        .isEqualTo("SQLState 22007: Truncated incorrect DOUBLE value: (value withheld)");
  }

  @Test
  void reasonsThatQuoteNoValueAreKeptAsTheyAre() {
    String strict =
        "strict_dynamic_mapping_exception: mapping set to strict, dynamic introduction of"
            + " [merchant_extra] within [_doc] is not allowed";
    String tooLong = "SQLState 22001: Data truncation: Data too long for column 'kind' at row 1";

    assertThat(reason(strict)).isEqualTo(strict);
    assertThat(reason(tooLong)).isEqualTo(tooLong);
    assertThat(reason(null)).isNull();
  }
}
