package il.gov.cal.odsquery.aggregation;

import static il.gov.cal.odsaccess.testing.OdsDocuments.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsaccess.search.OdsSearchClientProducer;
import il.gov.cal.odsaccess.testing.OdsDocuments.Unit;
import il.gov.cal.odsaccess.testing.OdsIndexFixture;
import il.gov.cal.odsquery.transaction.DateField;
import il.gov.cal.odsquery.transaction.TransactionFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * Spend totals near the edge of double precision, summed by the real search node: exact up to the
 * proven limit, refused beyond it, never off by a minor unit.
 */
class SpendExactTotalsIT {

  private static final long LIMIT = 1L << 52;
  private static final long TWO_53 = 1L << 53;

  /** Unit 1: debits summing to exactly 2^52, with credits; a sum a plain double gets wrong. */
  private static final Unit AT_LIMIT = new Unit(901, "At the limit", "/900/901/");

  /** Unit 2: debits of 2^53 + 1, beyond what a double holds. */
  private static final Unit BEYOND = new Unit(902, "Beyond the limit", "/900/902/");

  private static final long ORG = 9;

  private static OpenSearchTransport transport;
  private static SpendQueryService service;

  @BeforeAll
  static void indexAmountsNearTheLimit() {
    OdsIndexFixture ods = new OdsIndexFixture(TestStack.search().httpUrl());
    // Its own organisation and ids: whatever other tests keep in the index stays.
    ods.ensure("transactions");
    ods.index(
        "transactions",
        List.of(
            doc(1, AT_LIMIT, LIMIT - 3),
            doc(2, AT_LIMIT, 1),
            doc(3, AT_LIMIT, 1),
            doc(4, AT_LIMIT, 1),
            doc(5, AT_LIMIT, -(LIMIT - 7)),
            doc(6, AT_LIMIT, -2),
            doc(7, BEYOND, TWO_53),
            doc(8, BEYOND, 1)));
    transport = OdsSearchClientProducer.transport(TestStack.search().httpUrl(), 4);
    service = new SpendQueryService();
    service.client = new OpenSearchClient(transport);
  }

  @AfterAll
  static void close() throws Exception {
    transport.close();
  }

  @Test
  void aTotalAtTheLimitIsExactToTheMinorUnit() {
    List<SpendBucketView> groups = service.spend(filter(AT_LIMIT.id()), SpendDimension.UNIT, 10);

    // 2^52 of debits less 2^52 - 5 of credits: 5 minor units. Added as doubles in index order,
    // (2^52 - 3) + 1 + 1 + 1 - (2^52 - 7) - 2 is exact too, but the parts are checked, not luck.
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).key()).isEqualTo("901");
    assertThat(groups.get(0).totals()).containsExactly(new SpendTotal("0.05", "ILS"));
  }

  @Test
  void debitsOfExactlyTwoToThe52AreShownExactly() {
    TransactionFilter debitsOnly =
        new TransactionFilter(
            ORG,
            AT_LIMIT.id(),
            null,
            null,
            DateField.TRANSACTION,
            null,
            null,
            0L,
            null,
            null,
            List.of(),
            null,
            null,
            List.of(),
            List.of());

    List<SpendBucketView> groups = service.spend(debitsOnly, SpendDimension.UNIT, 10);

    // 4,503,599,627,370,496 minor units = 45,035,996,273,704.96 ILS.
    assertThat(groups.get(0).totals()).containsExactly(new SpendTotal("45035996273704.96", "ILS"));
  }

  @Test
  void aTotalBeyondTheExactRangeIsRefusedNotRounded() {
    // 2^53 + 1 as a double is 2^53: the old rounding showed 90071992547409.92, one agora short.
    assertThatThrownBy(() -> service.spend(filter(BEYOND.id()), SpendDimension.UNIT, 10))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("spend.total-out-of-exact-range");
            });
  }

  private static TransactionFilter filter(long unit) {
    return new TransactionFilter(
        ORG,
        unit,
        null,
        null,
        DateField.TRANSACTION,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        List.of(),
        List.of());
  }

  private static Map<String, Object> doc(long id, Unit unit, long amountMinor) {
    return transaction(
        9_000_000 + id,
        ORG,
        9_100 + id,
        unit,
        "Merchant " + id,
        "5411",
        "2026-01-15",
        amountMinor,
        "ILS");
  }
}
