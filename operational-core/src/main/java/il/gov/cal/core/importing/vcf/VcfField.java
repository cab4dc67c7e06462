package il.gov.cal.core.importing.vcf;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The VCF 4.0 layout table: for every record kind, the fields this platform reads or writes and
 * their zero-based position in the tab-separated line (position 0 is the record code). It is the
 * only place that knows positions; the reader, the validator and the generator all go through it,
 * so a correction to the layout is a one-line change here.
 *
 * <p>Positions follow the public, MIT-licensed parser fixtures that agree on the format (Visa's own
 * specification is confidential). Positions a record has but this table does not name are neither
 * read nor checked. Fields marked sensitive (card and account numbers, the national id) are never
 * quoted in an error message, whatever their content.
 */
public enum VcfField {
  HEADER_COMPANY_ID(VcfRecordKind.TRANSMISSION_HEADER, 1),
  HEADER_SEQUENCE(VcfRecordKind.TRANSMISSION_HEADER, 2),
  HEADER_PROCESSING_DATE(VcfRecordKind.TRANSMISSION_HEADER, 3),
  HEADER_VERSION(VcfRecordKind.TRANSMISSION_HEADER, 7),

  BLOCK_HEADER_COMPANY_ID(VcfRecordKind.BLOCK_HEADER, 1),
  BLOCK_HEADER_SEQUENCE(VcfRecordKind.BLOCK_HEADER, 2),
  BLOCK_HEADER_PROCESSING_DATE(VcfRecordKind.BLOCK_HEADER, 3),
  BLOCK_HEADER_RECORD_TYPE(VcfRecordKind.BLOCK_HEADER, 4),
  BLOCK_HEADER_VERSION(VcfRecordKind.BLOCK_HEADER, 7),

  BLOCK_TRAILER_COMPANY_ID(VcfRecordKind.BLOCK_TRAILER, 1),
  BLOCK_TRAILER_SEQUENCE(VcfRecordKind.BLOCK_TRAILER, 2),
  BLOCK_TRAILER_PROCESSING_DATE(VcfRecordKind.BLOCK_TRAILER, 3),
  BLOCK_TRAILER_RECORD_TYPE(VcfRecordKind.BLOCK_TRAILER, 4),
  BLOCK_TRAILER_RECORD_COUNT(VcfRecordKind.BLOCK_TRAILER, 5),
  BLOCK_TRAILER_CONTROL_TOTAL(VcfRecordKind.BLOCK_TRAILER, 6),
  BLOCK_TRAILER_VERSION(VcfRecordKind.BLOCK_TRAILER, 7),

  TRAILER_COMPANY_ID(VcfRecordKind.TRANSMISSION_TRAILER, 1),
  TRAILER_SEQUENCE(VcfRecordKind.TRANSMISSION_TRAILER, 2),
  TRAILER_PROCESSING_DATE(VcfRecordKind.TRANSMISSION_TRAILER, 3),
  TRAILER_VERSION(VcfRecordKind.TRANSMISSION_TRAILER, 7),

  ACCOUNT_CARDHOLDER_ID(VcfRecordKind.CARD_ACCOUNT, 1),
  ACCOUNT_ACCOUNT_NUMBER(VcfRecordKind.CARD_ACCOUNT, 2, Trait.SENSITIVE),
  ACCOUNT_HIERARCHY_NODE(VcfRecordKind.CARD_ACCOUNT, 3),
  ACCOUNT_EFFECTIVE_DATE(VcfRecordKind.CARD_ACCOUNT, 4),
  ACCOUNT_OPEN_DATE(VcfRecordKind.CARD_ACCOUNT, 5),
  ACCOUNT_CLOSE_DATE(VcfRecordKind.CARD_ACCOUNT, 6),
  ACCOUNT_EXPIRY_DATE(VcfRecordKind.CARD_ACCOUNT, 7),
  ACCOUNT_CARD_TYPE(VcfRecordKind.CARD_ACCOUNT, 8),
  ACCOUNT_SPENDING_LIMIT(VcfRecordKind.CARD_ACCOUNT, 9),
  ACCOUNT_STATEMENT_TYPE(VcfRecordKind.CARD_ACCOUNT, 10),
  ACCOUNT_LAST_REVISION_DATE(VcfRecordKind.CARD_ACCOUNT, 11),
  ACCOUNT_TRANSACTION_SPENDING_LIMIT(VcfRecordKind.CARD_ACCOUNT, 12),
  ACCOUNT_CORPORATION_PAYMENT_INDICATOR(VcfRecordKind.CARD_ACCOUNT, 13),
  ACCOUNT_BILLING_ACCOUNT_NUMBER(VcfRecordKind.CARD_ACCOUNT, 14, Trait.SENSITIVE),
  ACCOUNT_COST_CENTRE(VcfRecordKind.CARD_ACCOUNT, 15),

  CARDHOLDER_COMPANY_ID(VcfRecordKind.CARDHOLDER, 1),
  CARDHOLDER_CARDHOLDER_ID(VcfRecordKind.CARDHOLDER, 2),
  CARDHOLDER_HIERARCHY_NODE(VcfRecordKind.CARDHOLDER, 3),
  CARDHOLDER_FIRST_NAME(VcfRecordKind.CARDHOLDER, 4),
  CARDHOLDER_LAST_NAME(VcfRecordKind.CARDHOLDER, 5),
  CARDHOLDER_ADDRESS_LINE_1(VcfRecordKind.CARDHOLDER, 6),
  CARDHOLDER_ADDRESS_LINE_2(VcfRecordKind.CARDHOLDER, 7),
  CARDHOLDER_CITY(VcfRecordKind.CARDHOLDER, 8),
  CARDHOLDER_STATE(VcfRecordKind.CARDHOLDER, 9),
  CARDHOLDER_COUNTRY(VcfRecordKind.CARDHOLDER, 10),
  CARDHOLDER_POSTAL_CODE(VcfRecordKind.CARDHOLDER, 11),
  CARDHOLDER_ADDRESS_LINE_3(VcfRecordKind.CARDHOLDER, 12),
  CARDHOLDER_MAIL_STOP(VcfRecordKind.CARDHOLDER, 13),
  CARDHOLDER_PHONE(VcfRecordKind.CARDHOLDER, 14),
  CARDHOLDER_FAX(VcfRecordKind.CARDHOLDER, 15),
  /** The "SSN / other id" field; in this programme the Israeli national id. */
  CARDHOLDER_NATIONAL_ID(VcfRecordKind.CARDHOLDER, 16, Trait.SENSITIVE),
  CARDHOLDER_TRAINING_DATE(VcfRecordKind.CARDHOLDER, 17),
  CARDHOLDER_EMAIL(VcfRecordKind.CARDHOLDER, 18),
  CARDHOLDER_AUTHORISED_USER_1(VcfRecordKind.CARDHOLDER, 19),
  CARDHOLDER_AUTHORISED_USER_2(VcfRecordKind.CARDHOLDER, 20),
  CARDHOLDER_AUTHORISED_USER_3(VcfRecordKind.CARDHOLDER, 21),
  CARDHOLDER_EMPLOYEE_ID(VcfRecordKind.CARDHOLDER, 22),

  TRANSACTION_ACCOUNT_NUMBER(VcfRecordKind.CARD_TRANSACTION, 1, Trait.SENSITIVE),
  TRANSACTION_POSTING_DATE(VcfRecordKind.CARD_TRANSACTION, 2),
  TRANSACTION_REFERENCE(VcfRecordKind.CARD_TRANSACTION, 3),
  TRANSACTION_SEQUENCE_NUMBER(VcfRecordKind.CARD_TRANSACTION, 4),
  TRANSACTION_PERIOD(VcfRecordKind.CARD_TRANSACTION, 5),
  TRANSACTION_ACQUIRING_BIN(VcfRecordKind.CARD_TRANSACTION, 6),
  TRANSACTION_CARD_ACCEPTOR_ID(VcfRecordKind.CARD_TRANSACTION, 7),
  TRANSACTION_SUPPLIER_NAME(VcfRecordKind.CARD_TRANSACTION, 8),
  TRANSACTION_SUPPLIER_CITY(VcfRecordKind.CARD_TRANSACTION, 9),
  TRANSACTION_SUPPLIER_STATE(VcfRecordKind.CARD_TRANSACTION, 10),
  TRANSACTION_SUPPLIER_COUNTRY(VcfRecordKind.CARD_TRANSACTION, 11),
  TRANSACTION_SUPPLIER_POSTAL_CODE(VcfRecordKind.CARD_TRANSACTION, 12),
  TRANSACTION_SOURCE_AMOUNT(VcfRecordKind.CARD_TRANSACTION, 13),
  /** The amount block-5 trailers total: the sample's 15786 is 12345 + 2345 + 1096. */
  TRANSACTION_BILLING_AMOUNT(VcfRecordKind.CARD_TRANSACTION, 14, Trait.CONTROL_AMOUNT),
  TRANSACTION_SOURCE_CURRENCY(VcfRecordKind.CARD_TRANSACTION, 15),
  TRANSACTION_MCC(VcfRecordKind.CARD_TRANSACTION, 16),
  TRANSACTION_TYPE_CODE(VcfRecordKind.CARD_TRANSACTION, 17),
  TRANSACTION_DATE(VcfRecordKind.CARD_TRANSACTION, 18),
  TRANSACTION_BILLING_CURRENCY(VcfRecordKind.CARD_TRANSACTION, 19),
  TRANSACTION_TAX_AMOUNT(VcfRecordKind.CARD_TRANSACTION, 20);

  private enum Trait {
    SENSITIVE,
    CONTROL_AMOUNT
  }

  private static final Map<VcfRecordKind, Integer> MINIMUM_FIELD_COUNT =
      new EnumMap<>(VcfRecordKind.class);
  private static final Map<VcfRecordKind, VcfField> CONTROL_AMOUNT =
      new EnumMap<>(VcfRecordKind.class);

  static {
    for (VcfField field : values()) {
      if (!field.name().startsWith(field.kind.fieldPrefix())) {
        throw new IllegalStateException(field + " is not named after its record kind");
      }
      MINIMUM_FIELD_COUNT.merge(field.kind, field.index + 1, Math::max);
      if (field.trait == Trait.CONTROL_AMOUNT) {
        CONTROL_AMOUNT.put(field.kind, field);
      }
    }
  }

  private final VcfRecordKind kind;
  private final int index;
  private final Trait trait;
  private final String label;

  VcfField(VcfRecordKind kind, int index) {
    this(kind, index, null);
  }

  VcfField(VcfRecordKind kind, int index, Trait trait) {
    this.kind = kind;
    this.index = index;
    this.trait = trait;
    this.label =
        name().substring(kind.fieldPrefix().length()).replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** The record kind the field belongs to. */
  public VcfRecordKind kind() {
    return kind;
  }

  /** Zero-based position in the tab-separated line; 0 is the record code. */
  public int index() {
    return index;
  }

  /** Whether the value must never appear in a message or log (card, account, national id). */
  public boolean isSensitive() {
    return trait == Trait.SENSITIVE;
  }

  /** The field's name for people, e.g. "billing amount". */
  public String label() {
    return label;
  }

  static int minimumFieldCount(VcfRecordKind kind) {
    return MINIMUM_FIELD_COUNT.getOrDefault(kind, 1);
  }

  static Optional<VcfField> controlAmountField(VcfRecordKind kind) {
    return Optional.ofNullable(CONTROL_AMOUNT.get(kind));
  }
}
