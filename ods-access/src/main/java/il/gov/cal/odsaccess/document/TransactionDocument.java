package il.gov.cal.odsaccess.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A card transaction as the CDC pipeline stores it in {@code cal-transactions}: the core's row
 * denormalised with the card's last four digits, the cardholder, the unit (with the ids of its path
 * from the root) and the merchant. Amounts are signed minor units (credits negative) beside their
 * ISO 4217 code; dates are {@code yyyy-MM-dd}.
 *
 * <p>Field names are snake_case in the index; {@link Fields} holds them for queries, in one place,
 * so a change in the pipeline's mapping is a change here only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransactionDocument(
    long id,
    long orgId,
    long cardId,
    String cardLast4,
    Long cardholderId,
    String cardholderName,
    Long unitId,
    String unitName,
    String unitPath,
    List<Long> unitPathIds,
    Merchant merchant,
    String kind,
    String status,
    String transactionDate,
    String postingDate,
    long originalAmountMinor,
    String originalCurrency,
    long billingAmountMinor,
    String billingCurrency) {

  /** Status of a transaction that has been posted to the card's billing. */
  public static final String STATUS_POSTED = "POSTED";

  /** The merchant as the issuer reported it, with its category code (MCC). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Merchant(
      String name, String city, String country, String mcc, String mccDescription) {}

  /** The indexed field names, as queries and sorts name them. */
  public static final class Fields {
    public static final String ID = "id";
    public static final String ORG_ID = "org_id";
    public static final String CARD_ID = "card_id";
    public static final String CARDHOLDER_ID = "cardholder_id";
    public static final String UNIT_ID = "unit_id";
    public static final String UNIT_NAME_EXACT = "unit_name.raw";

    /** Ids of every unit on the path from the root to the card's unit, the unit included. */
    public static final String UNIT_PATH_IDS = "unit_path_ids";

    public static final String MERCHANT_NAME = "merchant.name";
    public static final String MERCHANT_NAME_EXACT = "merchant.name.raw";
    public static final String MCC = "merchant.mcc";
    public static final String MCC_DESCRIPTION = "merchant.mcc_description";
    public static final String MCC_DESCRIPTION_EXACT = "merchant.mcc_description.raw";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    public static final String TRANSACTION_DATE = "transaction_date";
    public static final String POSTING_DATE = "posting_date";
    public static final String BILLING_AMOUNT_MINOR = "billing_amount_minor";
    public static final String BILLING_CURRENCY = "billing_currency";
    public static final String ORIGINAL_CURRENCY = "original_currency";

    private Fields() {}
  }
}
