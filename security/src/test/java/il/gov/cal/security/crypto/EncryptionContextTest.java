package il.gov.cal.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptionContextTest {

  @Test
  void toMapHoldsOrganisationTableFieldAndRowUnderCalKeys() {
    EncryptionContext context = EncryptionContext.of(12, "card", "pan_token").forRow("c-9");

    assertThat(context.toMap())
        .isEqualTo(
            Map.of(
                "cal.org", "12", "cal.table", "card", "cal.field", "pan_token", "cal.row", "c-9"));
  }

  @Test
  void toMapOmitsTheRowWhenNoneIsGiven() {
    assertThat(EncryptionContext.of(12, "card", "pan_token").toMap()).doesNotContainKey("cal.row");
  }

  @Test
  void constructionRejectsARowKeyHoldingASensitiveValue() {
    assertThatThrownBy(() -> EncryptionContext.of(1, "card", "pan").forRow("4111111111111111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("4111");
  }

  @Test
  void constructionRejectsNonIdentifierNamesAndNonPositiveOrganisations() {
    assertThatThrownBy(() -> EncryptionContext.of(1, "card;drop", "pan"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EncryptionContext.of(0, "card", "pan"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
