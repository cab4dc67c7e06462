package il.gov.cal.core.importing.vcf;

import il.gov.cal.core.merchant.MerchantCategory;
import il.gov.cal.core.money.CurrencyUnit;
import il.gov.cal.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one data line into a typed record, or into a {@link RecordError} listing every problem
 * found in it. The card number is tokenized here, as soon as it is read.
 */
final class RecordMapper {

  private final CardTokenizer tokenizer;
  private final KnownAccounts knownAccounts;

  RecordMapper(CardTokenizer tokenizer, KnownAccounts knownAccounts) {
    this.tokenizer = tokenizer;
    this.knownAccounts = knownAccounts;
  }

  VcfEntry map(VcfLine line, VcfRecordKind kind) {
    if (line.fieldCount() < kind.minimumFieldCount()) {
      return new RecordError(
          line.number(),
          kind,
          "record has "
              + line.fieldCount()
              + " fields; record type "
              + kind.blockType()
              + " needs at least "
              + kind.minimumFieldCount());
    }
    Fields fields = new Fields(line);
    VcfEntry entry =
        switch (kind) {
          case CARDHOLDER -> cardholder(fields);
          case CARD_ACCOUNT -> cardAccount(fields);
          case CARD_TRANSACTION -> transaction(fields);
          default -> throw new IllegalArgumentException(kind + " is not a data record");
        };
    if (!fields.problems.isEmpty()) {
      return new RecordError(line.number(), kind, String.join("; ", fields.problems));
    }
    if (entry instanceof CardAccountRecord account) {
      knownAccounts.declare(account.card());
    }
    return entry;
  }

  private CardholderRecord cardholder(Fields f) {
    String cardholderId = f.required(VcfField.CARDHOLDER_CARDHOLDER_ID);
    String nationalId = f.text(VcfField.CARDHOLDER_NATIONAL_ID);
    PostalAddress address =
        new PostalAddress(
            f.text(VcfField.CARDHOLDER_ADDRESS_LINE_1),
            f.text(VcfField.CARDHOLDER_ADDRESS_LINE_2),
            f.text(VcfField.CARDHOLDER_ADDRESS_LINE_3),
            f.text(VcfField.CARDHOLDER_CITY),
            f.text(VcfField.CARDHOLDER_STATE),
            f.text(VcfField.CARDHOLDER_COUNTRY),
            f.text(VcfField.CARDHOLDER_POSTAL_CODE));
    return new CardholderRecord(
        f.line.number(),
        f.text(VcfField.CARDHOLDER_COMPANY_ID),
        cardholderId,
        f.text(VcfField.CARDHOLDER_HIERARCHY_NODE),
        f.text(VcfField.CARDHOLDER_FIRST_NAME),
        f.text(VcfField.CARDHOLDER_LAST_NAME),
        address,
        f.text(VcfField.CARDHOLDER_PHONE),
        f.text(VcfField.CARDHOLDER_EMAIL),
        f.text(VcfField.CARDHOLDER_EMPLOYEE_ID),
        nationalId.isEmpty() ? Optional.empty() : Optional.of(nationalId));
  }

  private CardAccountRecord cardAccount(Fields f) {
    String cardholderId = f.required(VcfField.ACCOUNT_CARDHOLDER_ID);
    CardToken card = f.card(VcfField.ACCOUNT_ACCOUNT_NUMBER);
    LocalDate effectiveDate = f.date(VcfField.ACCOUNT_EFFECTIVE_DATE);
    Optional<LocalDate> openDate = f.optionalDate(VcfField.ACCOUNT_OPEN_DATE);
    Optional<LocalDate> closeDate = f.optionalDate(VcfField.ACCOUNT_CLOSE_DATE);
    if (!f.problems.isEmpty()) {
      return null;
    }
    return new CardAccountRecord(
        f.line.number(),
        cardholderId,
        card,
        f.text(VcfField.ACCOUNT_HIERARCHY_NODE),
        effectiveDate,
        openDate,
        closeDate,
        f.text(VcfField.ACCOUNT_CARD_TYPE),
        f.text(VcfField.ACCOUNT_COST_CENTRE));
  }

  private TransactionRecord transaction(Fields f) {
    CardToken card = f.card(VcfField.TRANSACTION_ACCOUNT_NUMBER);
    if (card != null && !knownAccounts.isKnown(card)) {
      f.problems.add(card + " is not a known card account");
    }
    LocalDate postingDate = f.date(VcfField.TRANSACTION_POSTING_DATE);
    String reference = f.required(VcfField.TRANSACTION_REFERENCE);
    long sequence = f.number(VcfField.TRANSACTION_SEQUENCE_NUMBER);
    long sourceMinor = f.amount(VcfField.TRANSACTION_SOURCE_AMOUNT);
    long billingMinor = f.amount(VcfField.TRANSACTION_BILLING_AMOUNT);
    long taxMinor = f.optionalAmount(VcfField.TRANSACTION_TAX_AMOUNT);
    CurrencyUnit sourceCurrency = f.currency(VcfField.TRANSACTION_SOURCE_CURRENCY);
    CurrencyUnit billingCurrency = f.currency(VcfField.TRANSACTION_BILLING_CURRENCY);
    String mcc = f.mcc(VcfField.TRANSACTION_MCC);
    String typeCode = f.text(VcfField.TRANSACTION_TYPE_CODE);
    TransactionKind kind = TransactionKind.ofTypeCode(typeCode).orElse(null);
    if (kind == null) {
      f.problems.add(
          "unknown transaction type code "
              + Redaction.quote(typeCode)
              + ": its sign cannot be known");
    }
    LocalDate transactionDate = f.date(VcfField.TRANSACTION_DATE);
    if (!f.problems.isEmpty()) {
      return null;
    }
    Direction direction = kind.direction();
    Merchant merchant =
        new Merchant(
            f.text(VcfField.TRANSACTION_SUPPLIER_NAME),
            f.text(VcfField.TRANSACTION_SUPPLIER_CITY),
            f.text(VcfField.TRANSACTION_SUPPLIER_STATE),
            f.text(VcfField.TRANSACTION_SUPPLIER_COUNTRY),
            f.text(VcfField.TRANSACTION_SUPPLIER_POSTAL_CODE),
            f.text(VcfField.TRANSACTION_CARD_ACCEPTOR_ID));
    return new TransactionRecord(
        f.line.number(),
        card,
        postingDate,
        reference,
        sequence,
        merchant,
        direction.sign(Money.fromMinor(sourceMinor, sourceCurrency)),
        direction.sign(Money.fromMinor(billingMinor, billingCurrency)),
        mcc,
        typeCode,
        kind,
        transactionDate,
        direction.sign(Money.fromMinor(taxMinor, sourceCurrency)));
  }

  /** Field access that records what is wrong instead of stopping at the first problem. */
  private final class Fields {

    private final VcfLine line;
    private final List<String> problems = new ArrayList<>(2);

    Fields(VcfLine line) {
      this.line = line;
    }

    String text(VcfField field) {
      return line.get(field);
    }

    String required(VcfField field) {
      String value = line.get(field);
      if (value.isEmpty()) {
        problems.add("missing " + field.label());
      }
      return value;
    }

    LocalDate date(VcfField field) {
      String value = line.get(field);
      LocalDate date = VcfValues.date(value);
      if (date == null) {
        problems.add(field.label() + " " + Redaction.quote(field, value) + " is not MMDDCCYY");
      }
      return date;
    }

    Optional<LocalDate> optionalDate(VcfField field) {
      return VcfValues.isNoDate(line.get(field))
          ? Optional.empty()
          : Optional.ofNullable(date(field));
    }

    long number(VcfField field) {
      String value = line.get(field);
      long number = VcfValues.unsignedDigits(value);
      if (number < 0) {
        problems.add(field.label() + " " + Redaction.quote(field, value) + " is not a number");
      }
      return number;
    }

    long amount(VcfField field) {
      String value = line.get(field);
      long amount = VcfValues.unsignedDigits(value);
      if (amount < 0) {
        problems.add(
            field.label()
                + " "
                + Redaction.quote(field, value)
                + " is not an unsigned whole number of minor units");
      }
      return amount;
    }

    long optionalAmount(VcfField field) {
      return line.get(field).isEmpty() ? 0 : amount(field);
    }

    CurrencyUnit currency(VcfField field) {
      String value = line.get(field);
      Optional<CurrencyUnit> currency = CurrencyUnit.findByNumeric(value);
      if (currency.isEmpty()) {
        problems.add("unknown " + field.label() + " code " + Redaction.quote(field, value));
        return null;
      }
      return currency.get();
    }

    String mcc(VcfField field) {
      String value = line.get(field);
      if (!MerchantCategory.isWellFormedCode(value)) {
        problems.add(field.label() + " " + Redaction.quote(field, value) + " is not four digits");
      }
      return value;
    }

    CardToken card(VcfField field) {
      String value = line.get(field);
      if (value.length() < 12 || value.length() > 19 || !Luhn.isValid(value)) {
        problems.add(field.label() + " is not a valid card number");
        return null;
      }
      return tokenizer.tokenize(value);
    }
  }
}
