package il.gov.cal.odsaccess.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A card as stored in {@code cal-cards}: never the card number nor the issuer's token, only the
 * last four digits. {@code expiry} is {@code yyyy-MM}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardDocument(
    long id,
    long orgId,
    Long cardholderId,
    String cardholderName,
    long unitId,
    String unitName,
    String last4,
    String expiry,
    String product,
    String status) {

  /** The indexed field names, as queries name them. */
  public static final class Fields {
    public static final String ID = "id";
    public static final String ORG_ID = "org_id";
    public static final String CARDHOLDER_ID = "cardholder_id";

    private Fields() {}
  }
}
