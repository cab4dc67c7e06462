package il.gov.cal.security.crypto;

import il.gov.cal.security.redaction.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a field ciphertext is bound to: the organisation that owns it, the table and field it is
 * stored in and, optionally, the row. Decryption succeeds only with the same context, so a value
 * moved to another tenant, another field or (when a row key is given) another row fails to decrypt.
 *
 * <p>The row key must be known when the value is first encrypted (a business key or a client-made
 * id, not an auto-increment id assigned on insert). Without one, swapping ciphertexts between rows
 * of the same organisation, table and field is not detected. The context is stored in clear in the
 * ciphertext, so none of its parts may be sensitive: a row key that the {@link Redactor} would mask
 * is rejected.
 *
 * @param organisationId the owning organisation
 * @param table the table name, an SQL identifier
 * @param field the column or field name, an SQL identifier
 * @param rowKey the row's stable key, or {@code null} when the value is not bound to a row
 */
public record EncryptionContext(long organisationId, String table, String field, String rowKey) {

  /** Context key of the organisation id. */
  public static final String ORGANISATION_KEY = "cal.org";

  /** Context key of the table name. */
  public static final String TABLE_KEY = "cal.table";

  /** Context key of the field name. */
  public static final String FIELD_KEY = "cal.field";

  /** Context key of the row key. */
  public static final String ROW_KEY = "cal.row";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern ROW = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

  /** Validates every part; see the class documentation. */
  public EncryptionContext {
    if (organisationId <= 0) {
      throw new IllegalArgumentException("organisationId must be positive");
    }
    requireIdentifier(table, "table");
    requireIdentifier(field, "field");
    if (rowKey != null && (!ROW.matcher(rowKey).matches() || !Redactor.isClean(rowKey))) {
      throw new IllegalArgumentException(
          "rowKey must be 1 to 128 of [A-Za-z0-9_.:-] and hold no sensitive value");
    }
  }

  /**
   * A context not bound to a row.
   *
   * @param organisationId the owning organisation
   * @param table the table name
   * @param field the field name
   * @return the context
   */
  public static EncryptionContext of(long organisationId, String table, String field) {
    return new EncryptionContext(organisationId, table, field, null);
  }

  /**
   * This context bound to one row.
   *
   * @param key the row's stable key
   * @return a new context with the row key set
   */
  public EncryptionContext forRow(String key) {
    return new EncryptionContext(organisationId, table, field, Objects.requireNonNull(key, "key"));
  }

  /**
   * The context as the Encryption SDK stores it.
   *
   * @return an unmodifiable map from the {@code cal.*} keys to their values
   */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(ORGANISATION_KEY, Long.toString(organisationId));
    map.put(TABLE_KEY, table);
    map.put(FIELD_KEY, field);
    if (rowKey != null) {
      map.put(ROW_KEY, rowKey);
    }
    return Map.copyOf(map);
  }

  private static void requireIdentifier(String value, String name) {
    if (value == null || !IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be an identifier [A-Za-z][A-Za-z0-9_]{0,63}");
    }
  }
}
