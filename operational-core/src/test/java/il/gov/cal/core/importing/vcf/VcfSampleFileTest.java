package il.gov.cal.core.importing.vcf;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.money.CurrencyUnit;
import il.gov.cal.core.money.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample file reads exactly as its expected reading says. */
class VcfSampleFileTest {

  private static final String SAMPLE_PAN = "4111111111111111";

  private static JsonObject expected;
  private static VcfFileSummary validated;
  private static List<VcfEntry> entries;
  private static VcfFileSummary readSummary;

  @BeforeAll
  static void readSampleTwice() throws IOException {
    try (InputStream in =
            VcfSampleFileTest.class.getResourceAsStream(
                "/cardfiles/vcf40_synthetic.expected.json");
        JsonReader json = Json.createReader(in)) {
      expected = json.readObject();
    }
    SampleFile sample = SampleFile.load();
    validated = VcfValidator.validate(sample.reader());
    entries = new ArrayList<>();
    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(sample.reader())) {
      reader.forEachRemaining(entries::add);
      readSummary = reader.summary();
    }
  }

  @Test
  void validatorAcceptsSampleAndReportsItsHeader() {
    assertThat(validated.header().companyId()).isEqualTo("1000000001");
    assertThat(validated.header().processingDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(validated.header().version()).isEqualTo("4.0");
    assertThat(validated.lines()).isEqualTo(13);
    assertThat(readSummary).isEqualTo(validated);
  }

  @Test
  void sampleHasNoRecordErrors() {
    assertThat(entries).noneMatch(RecordError.class::isInstance);
    assertThat(entries).hasSize(5);
  }

  @Test
  void cardholdersMatchExpectedReading() {
    List<CardholderRecord> cardholders = only(CardholderRecord.class);

    assertThat(cardholders).hasSameSizeAs(expected.getJsonArray("cardholders"));
    for (int i = 0; i < cardholders.size(); i++) {
      JsonObject want = expected.getJsonArray("cardholders").getJsonObject(i);
      CardholderRecord got = cardholders.get(i);
      assertThat(got.cardholderId()).isEqualTo(want.getString("id"));
      assertThat(got.firstName()).isEqualTo(want.getString("first"));
      assertThat(got.lastName()).isEqualTo(want.getString("last"));
    }
    CardholderRecord only = cardholders.get(0);
    assertThat(only.line()).isEqualTo(3);
    assertThat(only.email()).isEqualTo("test.cardholder@example.invalid");
    assertThat(only.employeeId()).isEqualTo("E0001");
    assertThat(only.address().countryCode()).isEqualTo("840");
    assertThat(only.nationalId()).isEmpty();
  }

  @Test
  void accountsMatchExpectedReadingWithCardNumberTokenized() {
    List<CardAccountRecord> accounts = only(CardAccountRecord.class);
    JsonObject want = expected.getJsonArray("accounts").getJsonObject(0);
    CardToken wantToken = TestTokenizers.fixed().tokenize(want.getString("account"));

    assertThat(accounts).hasSize(1);
    CardAccountRecord account = accounts.get(0);
    assertThat(account.cardholderId()).isEqualTo(want.getString("cardholder"));
    assertThat(account.card()).isEqualTo(wantToken);
    assertThat(account.card().last4()).isEqualTo("1111");
    assertThat(account.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(account.closeDate()).isEmpty();
    assertThat(account.costCentre()).isEqualTo("CC-OPS");
    assertThat(account.toString()).doesNotContain(SAMPLE_PAN).doesNotContain(wantToken.token());
  }

  @Test
  void transactionsMatchExpectedReading() {
    List<TransactionRecord> transactions = only(TransactionRecord.class);
    var want = expected.getJsonArray("transactions");

    assertThat(transactions).hasSameSizeAs(want);
    for (int i = 0; i < transactions.size(); i++) {
      JsonObject w = want.getJsonObject(i);
      TransactionRecord t = transactions.get(i);
      assertThat(t.sequenceNumber()).isEqualTo(Long.parseLong(w.getString("seq")));
      assertThat(t.reference()).isEqualTo(w.getString("ref"));
      assertThat(t.transactionDate()).isEqualTo(LocalDate.parse(w.getString("txn_date")));
      assertThat(t.postingDate()).isEqualTo(LocalDate.parse(w.getString("post_date")));
      assertThat(t.typeCode()).isEqualTo(w.getString("type"));
      assertThat(t.direction().name()).isEqualToIgnoringCase(w.getString("direction"));
      assertThat(t.billingAmount()).isEqualTo(money(w.getJsonObject("billing")));
      assertThat(t.mcc()).isEqualTo(w.getString("mcc"));
      assertThat(t.card().last4()).isEqualTo("1111");
      if (w.containsKey("original")) {
        assertThat(t.sourceAmount()).isEqualTo(money(w.getJsonObject("original")));
        assertThat(t.isForeignCurrency()).isTrue();
      } else {
        assertThat(t.sourceAmount()).isEqualTo(t.billingAmount());
      }
    }
  }

  @Test
  void foreignPurchaseKeepsEuroOriginalBesideDollarBilling() {
    TransactionRecord berlin = only(TransactionRecord.class).get(2);

    assertThat(berlin.sourceAmount().toString()).isEqualTo("EUR 10.00");
    assertThat(berlin.billingAmount().toString()).isEqualTo("USD 10.96");
    assertThat(berlin.merchant().name()).isEqualTo("EXAMPLE CAFE BERLIN");
    assertThat(berlin.merchant().countryCode()).isEqualTo("276");
  }

  @Test
  void refundCarriesNegativeSignOnBothAmounts() {
    TransactionRecord refund = only(TransactionRecord.class).get(1);

    assertThat(refund.kind()).isEqualTo(TransactionKind.REFUND);
    assertThat(refund.billingAmount().toDecimalString()).isEqualTo("-23.45");
    assertThat(refund.sourceAmount().isNegative()).isTrue();
    assertThat(refund.taxAmount().isZero()).isTrue();
  }

  @Test
  void blockTrailerCountAndControlTotalMatchExpectedReading() {
    JsonObject trailer = expected.getJsonObject("block5_trailer");
    long controlTotal = validated.controlTotal(VcfRecordKind.CARD_TRANSACTION);

    assertThat(validated.records(VcfRecordKind.CARD_TRANSACTION))
        .isEqualTo(trailer.getInt("count"));
    assertThat(Money.fromMinor(controlTotal, CurrencyUnit.USD).toDecimalString())
        .isEqualTo(trailer.getString("control_total"));
    assertThat(validated.records(VcfRecordKind.CARDHOLDER)).isEqualTo(1);
    assertThat(validated.records(VcfRecordKind.CARD_ACCOUNT)).isEqualTo(1);
  }

  @Test
  void signedBillingTotalMatchesExpectedReading() {
    Money total = Money.zero(CurrencyUnit.USD);
    for (TransactionRecord t : only(TransactionRecord.class)) {
      total = total.plus(t.billingAmount());
    }

    assertThat(total.toDecimalString()).isEqualTo(expected.getString("signed_total_USD"));
  }

  @Test
  void noEntryShowsTheCardNumber() {
    assertThat(entries).allSatisfy(e -> assertThat(e.toString()).doesNotContain(SAMPLE_PAN));
  }

  private static Money money(JsonObject amount) {
    return Money.parse(amount.getString("amount"), CurrencyUnit.of(amount.getString("ccy")));
  }

  private static <T> List<T> only(Class<T> type) {
    return entries.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
