package il.gov.cal.core.importing.generator;

import il.gov.cal.core.importing.generator.OrganisationPlan.Card;
import il.gov.cal.core.importing.generator.OrganisationPlan.MerchantProfile;
import il.gov.cal.core.importing.vcf.VcfField;
import il.gov.cal.core.importing.vcf.VcfRecordKind;
import il.gov.cal.core.money.CurrencyUnit;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes the data records of one organisation's transaction block, one at a time, in date order
 * over the year: purchases, about 2% refunds and 0.5% reversals of earlier purchases, about 5% in a
 * foreign currency billed in shekels, and exactly the requested number of bad records spread evenly
 * at random. Holds only the last few hundred purchases (for refunds to refer to), never the block.
 */
final class TransactionBlockWriter {

  private static final int RECENT_PURCHASES = 512;
  private static final long MIN_AMOUNT = 100;
  private static final long MAX_AMOUNT = 5_000_000;

  private enum Fault {
    NON_NUMERIC_AMOUNT,
    UNKNOWN_ACCOUNT
  }

  private final OrganisationPlan plan;
  private final SplittableRandom random;
  private final SplittableRandom faultRandom;
  private final VcfLineWriter out;
  private final int year;
  private final DayTexts calendar;

  private final Card[] recentCard = new Card[RECENT_PURCHASES];
  private final MerchantProfile[] recentMerchant = new MerchantProfile[RECENT_PURCHASES];
  private final long[] recentSource = new long[RECENT_PURCHASES];
  private final long[] recentBilling = new long[RECENT_PURCHASES];
  private long purchasesSeen;

  private Card card;
  private MerchantProfile merchant;
  private long sourceMinor;
  private long billingMinor;
  private String typeCode;

  long nonNumericAmounts;
  long unknownAccounts;
  long refunds;
  long reversals;
  long foreignCurrency;
  long controlTotal;

  private final int purchaseDays;

  /**
   * @param purchaseDays how many days from 1 January carry purchases ({@link
   *     GeneratorSpec#purchaseDays})
   */
  TransactionBlockWriter(
      OrganisationPlan plan,
      SplittableRandom random,
      VcfLineWriter out,
      int year,
      int purchaseDays) {
    this.plan = plan;
    this.random = random;
    this.faultRandom = random.split();
    this.out = out;
    this.year = year;
    this.calendar = new DayTexts(year);
    this.purchaseDays = purchaseDays;
  }

  void write(long transactions, long badRecords) throws IOException {
    int days = purchaseDays;
    long faultsLeft = badRecords;
    for (long i = 0; i < transactions; i++) {
      int day = (int) (i * days / transactions);
      Fault fault = null;
      if (faultsLeft > 0 && faultRandom.nextLong(transactions - i) < faultsLeft) {
        faultsLeft--;
        fault =
            (nonNumericAmounts + unknownAccounts) % 2 == 0
                ? Fault.NON_NUMERIC_AMOUNT
                : Fault.UNKNOWN_ACCOUNT;
      }
      drawTransaction(fault == null);
      writeRecord(i + 1, day, fault);
    }
  }

  private void drawTransaction(boolean mayBeRemembered) {
    int draw = random.nextInt(1000);
    if (draw < 5 && takeRecentPurchase()) {
      typeCode = random.nextBoolean() ? "30" : "31";
      reversals++;
    } else if (draw < 25 && takeRecentPurchase()) {
      typeCode = "11";
      if (random.nextBoolean()) {
        long part = Math.max(1, sourceMinor * (20 + random.nextInt(80)) / 100);
        billingMinor = billingMinor * part / sourceMinor;
        sourceMinor = part;
      }
      refunds++;
    } else {
      drawPurchase();
      if (mayBeRemembered) {
        rememberPurchase();
      }
    }
    if (merchant.currency() != CurrencyUnit.ILS) {
      foreignCurrency++;
    }
  }

  private void drawPurchase() {
    typeCode = "10";
    card = plan.cards.get(random.nextInt(plan.cards.size()));
    boolean foreign = random.nextInt(100) < 5;
    var merchants = foreign ? plan.foreignMerchants : plan.domesticMerchants;
    merchant = merchants.get(random.nextInt(merchants.size()));
    long shekels = logNormal(merchant.category().medianMinor(), merchant.category().sigma());
    if (merchant.currency() == CurrencyUnit.ILS) {
      sourceMinor = shekels;
      billingMinor = shekels;
    } else {
      long rate = ExchangeRates.shekelsPerUnit(merchant.currency(), random);
      sourceMinor = Math.max(MIN_AMOUNT, shekels * ExchangeRates.SCALE / rate);
      billingMinor = (sourceMinor * rate + ExchangeRates.SCALE / 2) / ExchangeRates.SCALE;
    }
  }

  /**
   * A log-normal amount in agorot around {@code median}: most purchases are modest, a few are
   * large. The draw uses {@code double} for the shape of the distribution only (through {@link
   * StrictMath}, so it is the same on every JVM); the amount becomes whole agorot at once.
   */
  private long logNormal(long median, double sigma) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    double z =
        StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    long amount = Math.round(median * StrictMath.exp(sigma * z));
    return Math.max(MIN_AMOUNT, Math.min(MAX_AMOUNT, amount));
  }

  private void rememberPurchase() {
    int slot = (int) (purchasesSeen++ % RECENT_PURCHASES);
    recentCard[slot] = card;
    recentMerchant[slot] = merchant;
    recentSource[slot] = sourceMinor;
    recentBilling[slot] = billingMinor;
  }

  /** Loads a remembered purchase to refund or reverse, and forgets it; false if none is left. */
  private boolean takeRecentPurchase() {
    if (purchasesSeen == 0) {
      return false;
    }
    int slot = random.nextInt((int) Math.min(purchasesSeen, RECENT_PURCHASES));
    if (recentCard[slot] == null) {
      return false;
    }
    card = recentCard[slot];
    merchant = recentMerchant[slot];
    sourceMinor = recentSource[slot];
    billingMinor = recentBilling[slot];
    recentCard[slot] = null;
    return true;
  }

  private void writeRecord(long sequence, int day, Fault fault) throws IOException {
    int posted = day + 1 + random.nextInt(GeneratorSpec.POSTING_LAG_DAYS);
    String pan = card.pan();
    String billing = Long.toString(billingMinor);
    if (fault == Fault.UNKNOWN_ACCOUNT) {
      unknownAccounts++;
      pan =
          OrganisationPlan.pan(
              OrganisationPlan.UNISSUED_PREFIX,
              plan.seedTag,
              plan.organisation,
              (int) unknownAccounts);
    } else if (fault == Fault.NON_NUMERIC_AMOUNT) {
      nonNumericAmounts++;
      billing = billing.indexOf('0') >= 0 ? billing.replaceFirst("0", "O") : billing + "O";
    }
    if (fault != Fault.NON_NUMERIC_AMOUNT) {
      controlTotal += billingMinor;
    }
    out.start(VcfRecordKind.CARD_TRANSACTION);
    out.set(VcfField.TRANSACTION_ACCOUNT_NUMBER, pan);
    out.set(VcfField.TRANSACTION_POSTING_DATE, calendar.date(posted));
    out.set(
        VcfField.TRANSACTION_REFERENCE,
        "R" + plan.companyId + VcfLineWriter.zeroPadded(sequence, 12));
    out.set(VcfField.TRANSACTION_SEQUENCE_NUMBER, sequence);
    out.set(VcfField.TRANSACTION_PERIOD, calendar.period(posted));
    out.set(VcfField.TRANSACTION_ACQUIRING_BIN, merchant.acquiringBin());
    out.set(VcfField.TRANSACTION_CARD_ACCEPTOR_ID, merchant.acceptorId());
    out.set(VcfField.TRANSACTION_SUPPLIER_NAME, merchant.name());
    out.set(VcfField.TRANSACTION_SUPPLIER_CITY, merchant.city());
    out.set(VcfField.TRANSACTION_SUPPLIER_STATE, merchant.state());
    out.set(VcfField.TRANSACTION_SUPPLIER_COUNTRY, merchant.countryCode());
    out.set(VcfField.TRANSACTION_SUPPLIER_POSTAL_CODE, merchant.postalCode());
    out.set(VcfField.TRANSACTION_SOURCE_AMOUNT, sourceMinor);
    out.set(VcfField.TRANSACTION_BILLING_AMOUNT, billing);
    out.set(VcfField.TRANSACTION_SOURCE_CURRENCY, merchant.currency().numericCode());
    out.set(VcfField.TRANSACTION_MCC, merchant.mcc());
    out.set(VcfField.TRANSACTION_TYPE_CODE, typeCode);
    out.set(VcfField.TRANSACTION_DATE, calendar.date(day));
    out.set(VcfField.TRANSACTION_BILLING_CURRENCY, CurrencyUnit.ILS.numericCode());
    out.set(VcfField.TRANSACTION_TAX_AMOUNT, taxIncluded());
    out.end();
  }

  /** Israeli VAT included in a shekel amount (17% until 2024, 18% from 2025); 0 abroad. */
  private long taxIncluded() {
    if (merchant.currency() != CurrencyUnit.ILS) {
      return 0;
    }
    long rate = year >= 2025 ? 18 : 17;
    return (sourceMinor * rate + (100 + rate) / 2) / (100 + rate);
  }
}
