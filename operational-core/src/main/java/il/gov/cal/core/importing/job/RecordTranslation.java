package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.vcf.CardAccountRecord;
import il.gov.cal.core.importing.vcf.CardholderRecord;
import il.gov.cal.core.importing.vcf.RecordError;
import il.gov.cal.core.importing.vcf.TransactionKind;
import il.gov.cal.core.importing.vcf.TransactionRecord;
import il.gov.cal.core.importing.vcf.VcfEntry;
import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.core.merchant.MerchantCategory;

/**
 * Turns what the VCF reader yields into {@link ImportItem}s: the rules of what is stored, with no
 * database access. Identifiers too long for their columns reject the record; free text (merchant
 * names and cities) is cut to its column. Thread-safe.
 */
public final class RecordTranslation {

  static final int MAX_REF = 64;
  static final int MAX_NAME = 100;
  static final int MAX_MERCHANT_NAME = 200;
  static final int MAX_CITY = 100;

  private final MccDirectory mccDirectory;

  /** A translation taking MCC descriptions from {@code mccDirectory}. */
  public RecordTranslation(MccDirectory mccDirectory) {
    this.mccDirectory = mccDirectory;
  }

  /** The item to store for {@code entry}, or the reason it is rejected. */
  public ImportItem translate(VcfEntry entry) {
    if (entry instanceof TransactionRecord r) {
      return transaction(r);
    }
    if (entry instanceof CardholderRecord r) {
      return cardholder(r);
    }
    if (entry instanceof CardAccountRecord r) {
      return card(r);
    }
    RecordError error = (RecordError) entry;
    return new ImportItem.Rejected(error.line(), error.reason());
  }

  /**
   * The stored kind of a type code's meaning, one per meaning. Spelled out rather than taken from
   * the enum's names, so that renaming a constant cannot change what is stored.
   */
  static String storedKind(TransactionKind kind) {
    return switch (kind) {
      case PURCHASE -> "PURCHASE";
      case REFUND -> "REFUND";
      case REVERSAL -> "REVERSAL";
      case PAYMENT -> "PAYMENT";
      case CREDIT_ADJUSTMENT -> "CREDIT_ADJUSTMENT";
    };
  }

  private static ImportItem cardholder(CardholderRecord r) {
    String problem =
        firstProblem(
            identifier("cardholder id", r.cardholderId()),
            identifier("hierarchy node", r.hierarchyNode()),
            fits("first name", r.firstName(), MAX_NAME),
            fits("last name", r.lastName(), MAX_NAME),
            fits("employee id", r.employeeId(), MAX_REF));
    if (problem != null) {
      return new ImportItem.Rejected(r.line(), problem);
    }
    return new ImportItem.Cardholder(
        r.line(),
        r.cardholderId(),
        r.hierarchyNode(),
        r.firstName(),
        r.lastName(),
        r.employeeId().isEmpty() ? null : r.employeeId());
  }

  private static ImportItem card(CardAccountRecord r) {
    String problem = identifier("cardholder id", r.cardholderId());
    if (problem != null) {
      return new ImportItem.Rejected(r.line(), problem);
    }
    return new ImportItem.Card(r.line(), r.cardholderId(), r.card().token(), r.card().last4());
  }

  private ImportItem transaction(TransactionRecord r) {
    String problem = identifier("transaction reference", r.reference());
    if (problem != null) {
      return new ImportItem.Rejected(r.line(), problem);
    }
    String description = mccDirectory.find(r.mcc()).map(MerchantCategory::description).orElse(null);
    return new ImportItem.Transaction(
        r.line(),
        r.card().token(),
        r.reference(),
        storedKind(r.kind()),
        r.typeCode(),
        r.transactionDate(),
        r.postingDate(),
        r.sourceAmount().minorUnits(),
        r.sourceAmount().currency().alphaCode(),
        r.billingAmount().minorUnits(),
        r.billingAmount().currency().alphaCode(),
        cut(r.merchant().name(), MAX_MERCHANT_NAME),
        emptyToNull(cut(r.merchant().city(), MAX_CITY)),
        emptyToNull(r.merchant().countryCode()),
        r.mcc(),
        description);
  }

  private static String identifier(String what, String value) {
    if (value == null || value.isBlank()) {
      return what + " is empty";
    }
    return fits(what, value, MAX_REF);
  }

  private static String fits(String what, String value, int max) {
    return value != null && value.length() > max
        ? what + " longer than " + max + " characters"
        : null;
  }

  private static String firstProblem(String... problems) {
    for (String problem : problems) {
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
