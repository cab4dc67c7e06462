package il.gov.cal.core.importing.vcf;

import java.util.Objects;

/**
 * One data record that was rejected on its own, while the rest of the file goes on: a non-numeric
 * amount, a bad date, an unknown currency, a malformed MCC, an unknown card account.
 *
 * @param line the 1-based line of the record
 * @param kind what the record would have been
 * @param reason every problem found in the record, separated by "; ". Never holds a card number or
 *     national id
 */
public record RecordError(int line, VcfRecordKind kind, String reason) implements VcfEntry {

  /** Checks that kind and reason are present. */
  public RecordError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
