package il.gov.cal.cdc.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An item refused for good, kept for an operator.
 *
 * <p>The reason never quotes a value: OpenSearch and the database both echo the refused value in
 * their messages ({@code Preview of field's value: '...'}, {@code Incorrect integer value: '...'},
 * {@code Duplicate entry '...'}, the bytes of an immense term), and the reason is free text that
 * ends up in logs and operators' screens. Each quoted value is replaced by {@value #WITHHELD}; the
 * error type and the field or column stay, and the value itself is in the payload, which holds the
 * projected document only.
 *
 * @param eventKey the document id (source primary key)
 * @param sourceTable the source table
 * @param target the index or ODS table that refused it
 * @param reason the refusal (error type and reason), quoted values withheld
 * @param payload the document as JSON; sensitive columns are never part of a document
 */
public record DeadLetter(
    String eventKey, String sourceTable, String target, String reason, String payload) {

  static final String WITHHELD = "(value withheld)";

  /** The quoted values of the messages that quote one, each pattern's first group kept. */
  private static final List<Pattern> QUOTED_VALUES =
      List.of(
          // OpenSearch's mapper_parsing_exception ends with the refused value.
          Pattern.compile("(Preview of field's value: )'.*'$", Pattern.DOTALL),
          // Lucene's immense term: the first bytes of the term.
          Pattern.compile("(term is: )'.*?'(?=, original message|$)", Pattern.DOTALL),
          // MariaDB and MySQL: "Incorrect integer value: '...' for column", "Duplicate entry
          // '...' for key", "Truncated incorrect DOUBLE value: '...'".
          Pattern.compile(
              "(?i)(value:? |entry )'.*?'(?= for (?:column|key)\\b|$)", Pattern.DOTALL));

  public DeadLetter {
    reason = withoutValues(reason);
  }

  /** The reason with every quoted value replaced by {@value #WITHHELD}. */
  static String withoutValues(String reason) {
    if (reason == null) {
      return null;
    }
    String withheld = reason;
    for (Pattern value : QUOTED_VALUES) {
      withheld = value.matcher(withheld).replaceAll("$1" + WITHHELD);
    }
    return withheld;
  }
}
