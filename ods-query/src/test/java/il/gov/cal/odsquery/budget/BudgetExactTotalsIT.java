package il.gov.cal.odsquery.budget;

import static il.gov.cal.odsaccess.testing.OdsDocuments.budget;
import static il.gov.cal.odsaccess.testing.OdsDocuments.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsaccess.search.OdsSearchClientProducer;
import il.gov.cal.odsaccess.testing.OdsDocuments.Unit;
import il.gov.cal.odsaccess.testing.OdsIndexFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * Budget figures near the edge of double precision, summed by the real search node: exact up to the
 * proven limit, refused beyond it, never off by a minor unit.
 */
class BudgetExactTotalsIT {

  private static final long LIMIT = 1L << 52;
  private static final long ORG = 11;
  private static final Unit UNIT = new Unit(920, "Large unit", "/920/");

  private static OpenSearchTransport transport;
  private static BudgetQueryService service;

  @BeforeAll
  static void indexAmountsNearTheLimit() {
    OdsIndexFixture ods = new OdsIndexFixture(TestStack.search().httpUrl());
    // Its own organisation and ids: whatever other tests keep in the indices stays.
    ods.ensure("transactions").ensure("budgets");
    ods.index(
        "transactions",
        List.of(
            doc(1, "PURCHASE", "2026-01-10", LIMIT - 3),
            doc(2, "PURCHASE", "2026-01-11", 1),
            doc(3, "REVERSAL", "2026-01-12", -1),
            doc(4, "CREDIT_ADJUSTMENT", "2026-01-13", 3),
            doc(5, "REFUND", "2026-01-14", -(LIMIT - 1)),
            doc(6, "REFUND", "2026-01-15", -1),
            doc(7, "PURCHASE", "2026-02-10", 1L << 53),
            doc(8, "PURCHASE", "2026-02-11", 1)));
    ods.index(
        "budgets",
        List.of(
            budget(9_200_001, ORG, UNIT, "2026-01", 1, 0),
            budget(9_200_002, ORG, UNIT, "2026-02", 1, 0)));
    transport = OdsSearchClientProducer.transport(TestStack.search().httpUrl(), 4);
    service = new BudgetQueryService();
    service.client = new OpenSearchClient(transport);
  }

  @AfterAll
  static void close() throws Exception {
    transport.close();
  }

  @Test
  void spentAndRefundedOfTwoToThe52AreExactToTheMinorUnit() {
    List<BudgetView> budgets = service.budgets(ORG, "2026-01", null, null);

    // Spent (2^52 - 3) + 1 - 1 + 3 = 2^52; refunded 2^52; available 1 - 2^52 + 2^52 = 1.
    assertThat(budgets).hasSize(1);
    assertThat(budgets.get(0).spent()).isEqualTo("45035996273704.96");
    assertThat(budgets.get(0).refunded()).isEqualTo("45035996273704.96");
    assertThat(budgets.get(0).available()).isEqualTo("0.01");
  }

  @Test
  void aTotalBeyondTheExactRangeIsRefusedNotRounded() {
    // 2^53 + 1 as a double is 2^53: a plain sum would show one agora short.
    assertThatThrownBy(() -> service.budgets(ORG, "2026-02", null, null))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("budget.total-out-of-exact-range");
            });
  }

  private static Map<String, Object> doc(long id, String kind, String date, long amountMinor) {
    Map<String, Object> doc =
        transaction(
            9_200_000 + id, ORG, 9_200, UNIT, "Merchant " + id, "5411", date, amountMinor, "ILS");
    doc.put("kind", kind);
    return doc;
  }
}
