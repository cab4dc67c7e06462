package il.gov.cal.core.importing.job;

import java.time.LocalDate;

/**
 * A data record translated into what the writer stores: plain values sized for their columns, with
 * no card number and nothing the writer still has to decide except the ids it looks up.
 */
public sealed interface ImportItem {

  /** The 1-based line of the record in the file. */
  int line();

  /**
   * A cardholder to create or update by external reference, in the unit named by {@code unitCode}.
   *
   * @param line the record's line
   * @param externalRef the issuer's cardholder id
   * @param unitCode the hierarchy node, created as a unit when new
   * @param firstName first name
   * @param lastName last name
   * @param employeeId the employer's id, or null
   */
  record Cardholder(
      int line,
      String externalRef,
      String unitCode,
      String firstName,
      String lastName,
      String employeeId)
      implements ImportItem {

    /** Personal data: shows the line and reference only. */
    @Override
    public String toString() {
      return "Cardholder[line=" + line + ", externalRef=" + externalRef + "]";
    }
  }

  /**
   * A card to create or update by issuer token, for the cardholder with {@code cardholderRef}.
   *
   * @param line the record's line
   * @param cardholderRef the issuer's cardholder id
   * @param token the card's token
   * @param last4 the last four digits
   */
  record Card(int line, String cardholderRef, String token, String last4) implements ImportItem {

    /** Never shows the token. */
    @Override
    public String toString() {
      return "Card[line=" + line + ", last4=" + last4 + "]";
    }
  }

  /**
   * A transaction to insert unless its issuer reference is already stored.
   *
   * @param line the record's line
   * @param token the card's token
   * @param issuerRef the issuer's transaction reference
   * @param kind PURCHASE, REFUND, REVERSAL, PAYMENT or CREDIT_ADJUSTMENT
   * @param typeCode the file's two-digit type code
   * @param transactionDate the purchase date
   * @param postingDate the posting date
   * @param originalMinor the signed amount in the merchant's currency, minor units
   * @param originalCurrency its ISO 4217 alphabetic code
   * @param billingMinor the signed amount charged to the card, minor units
   * @param billingCurrency its ISO 4217 alphabetic code
   * @param merchantName the merchant's name, at most 200 characters
   * @param merchantCity the merchant's city, at most 100 characters, or null
   * @param merchantCountry the ISO 3166 numeric country, or null
   * @param mcc the merchant category code
   * @param mccDescription the code's description from the MCC directory, or null if unlisted
   */
  record Transaction(
      int line,
      String token,
      String issuerRef,
      String kind,
      String typeCode,
      LocalDate transactionDate,
      LocalDate postingDate,
      long originalMinor,
      String originalCurrency,
      long billingMinor,
      String billingCurrency,
      String merchantName,
      String merchantCity,
      String merchantCountry,
      String mcc,
      String mccDescription)
      implements ImportItem {

    /** Never shows the token. */
    @Override
    public String toString() {
      return "Transaction[line=" + line + ", issuerRef=" + issuerRef + "]";
    }
  }

  /**
   * A record rejected on its own.
   *
   * @param line the record's line
   * @param reason why, without card numbers or personal data
   */
  record Rejected(int line, String reason) implements ImportItem {}
}
