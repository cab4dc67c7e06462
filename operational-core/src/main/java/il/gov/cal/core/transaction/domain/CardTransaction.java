package il.gov.cal.core.transaction.domain;

import il.gov.cal.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A transaction on one of the organisation's cards, as the issuer reported it. Amounts are signed
 * minor units (credits negative) in the original and the billing currency. This class offers no way
 * to change a transaction: the issuer-file import is the only writer of {@code card_transaction}.
 */
@Entity
@Table(name = "card_transaction")
public class CardTransaction extends TenantOwned {

  @Id private Long id;

  @Column(name = "card_id")
  private long cardId;

  @Column(name = "issuer_ref")
  private String issuerRef;

  private String kind;

  @Column(name = "type_code")
  private String typeCode;

  @Column(name = "transaction_date")
  private LocalDate transactionDate;

  @Column(name = "posting_date")
  private LocalDate postingDate;

  @Column(name = "original_amount_minor")
  private long originalAmountMinor;

  @Column(name = "original_currency")
  private String originalCurrency;

  @Column(name = "billing_amount_minor")
  private long billingAmountMinor;

  @Column(name = "billing_currency")
  private String billingCurrency;

  @Column(name = "merchant_name")
  private String merchantName;

  @Column(name = "merchant_city")
  private String merchantCity;

  @Column(name = "merchant_country")
  private String merchantCountry;

  private String mcc;

  @Column(name = "mcc_description")
  private String mccDescription;

  private String status;

  protected CardTransaction() {}

  public Long id() {
    return id;
  }

  public long cardId() {
    return cardId;
  }

  public String issuerRef() {
    return issuerRef;
  }

  /** PURCHASE, REFUND, REVERSAL, PAYMENT or CREDIT_ADJUSTMENT. */
  public String kind() {
    return kind;
  }

  public String typeCode() {
    return typeCode;
  }

  public LocalDate transactionDate() {
    return transactionDate;
  }

  public LocalDate postingDate() {
    return postingDate;
  }

  public long originalAmountMinor() {
    return originalAmountMinor;
  }

  public String originalCurrency() {
    return originalCurrency;
  }

  public long billingAmountMinor() {
    return billingAmountMinor;
  }

  public String billingCurrency() {
    return billingCurrency;
  }

  public String merchantName() {
    return merchantName;
  }

  public String merchantCity() {
    return merchantCity;
  }

  public String merchantCountry() {
    return merchantCountry;
  }

  public String mcc() {
    return mcc;
  }

  public String mccDescription() {
    return mccDescription;
  }

  public String status() {
    return status;
  }
}
