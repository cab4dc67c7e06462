package il.gov.cal.odsquery.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.odsaccess.problem.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionFilterParamsTest {

  @Test
  void validParametersBecomeAFilterForTheGivenOrganisation() {
    TransactionFilterParams params = new TransactionFilterParams();
    params.from = "2025-01-01";
    params.to = "2025-01-31";
    params.minAmount = "10.5";
    params.mcc = List.of("5812,5814", "5411");
    params.dateField = "posting";

    TransactionFilter filter = params.toFilter(7);

    assertThat(filter.orgId()).isEqualTo(7);
    assertThat(filter.from()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(filter.minAmountMinor()).isEqualTo(1050);
    assertThat(filter.mccs()).containsExactly("5812", "5814", "5411");
    assertThat(filter.dateField()).isEqualTo(DateField.POSTING);
  }

  @Test
  void anImpossibleDateIsRefused() {
    TransactionFilterParams params = new TransactionFilterParams();
    params.to = "2025-02-30";

    assertThatThrownBy(() -> params.toFilter(1))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("to must be a calendar date");
  }

  @Test
  void anAmountWithThreeDecimalsIsRefused() {
    TransactionFilterParams params = new TransactionFilterParams();
    params.maxAmount = "1.005";

    assertThatThrownBy(() -> params.toFilter(1)).hasMessageContaining("maxAmount");
  }

  @Test
  void anInvertedAmountRangeIsRefused() {
    TransactionFilterParams params = new TransactionFilterParams();
    params.minAmount = "10";
    params.maxAmount = "5";

    assertThatThrownBy(() -> params.toFilter(1)).hasMessageContaining("minAmount");
  }

  @Test
  void theCanonicalFormDiffersWhenAnyFilterDiffers() {
    TransactionFilterParams a = new TransactionFilterParams();
    TransactionFilterParams b = new TransactionFilterParams();
    b.merchant = "cafe";

    assertThat(a.toFilter(1).canonical()).isNotEqualTo(b.toFilter(1).canonical());
    assertThat(a.toFilter(1).canonical()).isNotEqualTo(a.toFilter(2).canonical());
  }
}
