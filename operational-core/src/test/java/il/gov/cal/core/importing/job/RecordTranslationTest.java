package il.gov.cal.core.importing.job;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.importing.vcf.HmacSha256CardTokenizer;
import il.gov.cal.core.importing.vcf.RecordError;
import il.gov.cal.core.importing.vcf.TransactionKind;
import il.gov.cal.core.importing.vcf.VcfEntry;
import il.gov.cal.core.importing.vcf.VcfReader;
import il.gov.cal.core.importing.vcf.VcfRecordKind;
import il.gov.cal.core.merchant.MccDirectory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordTranslationTest {

  private static final RecordTranslation TRANSLATION = new RecordTranslation(MccDirectory.load());

  @Test
  void sampleTransactionsBecomeSignedAmountsInTheirOwnCurrencies() throws Exception {
    List<ImportItem> items = translateSample();
    List<ImportItem.Transaction> transactions =
        items.stream()
            .filter(ImportItem.Transaction.class::isInstance)
            .map(ImportItem.Transaction.class::cast)
            .toList();

    assertThat(transactions).hasSize(3);
    ImportItem.Transaction purchase = transactions.get(0);
    assertThat(purchase.line()).isEqualTo(9);
    assertThat(purchase.issuerRef()).isEqualTo("REF0000000000000000001");
    assertThat(purchase.kind()).isEqualTo("PURCHASE");
    assertThat(purchase.billingMinor()).isEqualTo(12345);
    assertThat(purchase.billingCurrency()).isEqualTo("USD");
    assertThat(purchase.transactionDate()).isEqualTo(LocalDate.of(2025, 2, 27));
    assertThat(purchase.postingDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(purchase.mcc()).isEqualTo("5943");
    assertThat(purchase.mccDescription()).isNotBlank();

    ImportItem.Transaction refund = transactions.get(1);
    assertThat(refund.kind()).isEqualTo("REFUND");
    assertThat(refund.typeCode()).isEqualTo("11");
    assertThat(refund.billingMinor()).isEqualTo(-2345);
    assertThat(refund.originalMinor()).isEqualTo(-2345);

    ImportItem.Transaction foreign = transactions.get(2);
    assertThat(foreign.billingMinor()).isEqualTo(1096);
    assertThat(foreign.billingCurrency()).isEqualTo("USD");
    assertThat(foreign.originalMinor()).isEqualTo(1000);
    assertThat(foreign.originalCurrency()).isEqualTo("EUR");
    assertThat(foreign.mcc()).isEqualTo("5812");
    assertThat(foreign.merchantCountry()).isEqualTo("276");

    assertThat(transactions.stream().mapToLong(ImportItem.Transaction::billingMinor).sum())
        .isEqualTo(11096);
  }

  @Test
  void sampleMasterDataKeepsReferencesButNoCardNumber() throws Exception {
    List<ImportItem> items = translateSample();

    ImportItem.Cardholder holder = (ImportItem.Cardholder) items.get(0);
    assertThat(holder.externalRef()).isEqualTo("CH-0001");
    assertThat(holder.unitCode()).isEqualTo("HQ");
    assertThat(holder.employeeId()).isEqualTo("E0001");
    ImportItem.Card card = (ImportItem.Card) items.get(1);
    assertThat(card.cardholderRef()).isEqualTo("CH-0001");
    assertThat(card.last4()).isEqualTo("1111");
    assertThat(card.token()).doesNotContain("4111111111111111").hasSize(64);
    assertThat(items.toString()).doesNotContain(card.token()).doesNotContain("411111111111");
  }

  @Test
  void everyCreditCodeIsStoredAsACreditKind() {
    for (String code : List.of("11", "30", "31", "61", "63", "65", "71", "73")) {
      assertThat(TransactionKind.ofTypeCode(code).orElseThrow().direction().name())
          .as("type code %s", code)
          .isEqualTo("CREDIT");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "10, PURCHASE",
    "11, REFUND",
    "30, REVERSAL",
    "31, REVERSAL",
    "61, PAYMENT",
    "63, PAYMENT",
    "65, PAYMENT",
    "71, CREDIT_ADJUSTMENT",
    "73, CREDIT_ADJUSTMENT"
  })
  void paymentsAndCreditAdjustmentsAreStoredAsTheirOwnKindsNotAsRefunds(
      String typeCode, String storedKind) {
    TransactionKind kind = TransactionKind.ofTypeCode(typeCode).orElseThrow();

    assertThat(RecordTranslation.storedKind(kind)).isEqualTo(storedKind);
  }

  @Test
  void recordErrorBecomesARejectionOnItsLine() {
    ImportItem item =
        TRANSLATION.translate(
            new RecordError(14, VcfRecordKind.CARD_TRANSACTION, "billing amount is not a number"));

    assertThat(item).isEqualTo(new ImportItem.Rejected(14, "billing amount is not a number"));
  }

  @Test
  void referenceTooLongForItsColumnRejectsTheRecord() throws Exception {
    String longRef = "R".repeat(65);
    String text = sampleText().replace("REF0000000000000000002", longRef);

    List<ImportItem> items = translate(text);

    assertThat(items.get(3))
        .isEqualTo(new ImportItem.Rejected(10, "transaction reference longer than 64 characters"));
  }

  private static List<ImportItem> translateSample() throws Exception {
    return translate(sampleText());
  }

  private static List<ImportItem> translate(String text) throws Exception {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    List<ImportItem> items = new ArrayList<>();
    try (VcfReader reader =
        VcfReader.using(new HmacSha256CardTokenizer(key)).open(new java.io.StringReader(text))) {
      while (reader.hasNext()) {
        VcfEntry entry = reader.next();
        items.add(TRANSLATION.translate(entry));
      }
    }
    return items;
  }

  static String sampleText() throws Exception {
    try (InputStream in =
        RecordTranslationTest.class.getResourceAsStream("/cardfiles/vcf40_synthetic.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
