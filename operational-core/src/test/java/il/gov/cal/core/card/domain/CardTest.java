package il.gov.cal.core.card.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.problem.DomainRuleViolation;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CardTest {

  @Test
  void anAssignedIssuedCardCanBeActivatedFrozenUnfrozenAndCancelled() {
    Card card = issued();
    card.assignTo(7);

    card.activate();
    card.freeze();
    card.unfreeze();
    card.cancel();

    assertThat(card.status()).isEqualTo(CardStatus.CANCELLED);
  }

  @Test
  void aCancelledCardCannotBeActivated() {
    Card card = issued();
    card.cancel();

    assertThatThrownBy(card::activate)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("card.illegal-transition"));
  }

  @Test
  void aRequestedCardCannotBeFrozen() {
    Card card = Card.request(3, CardProduct.VIRTUAL, sealed("req-1"));

    assertThatThrownBy(card::freeze).hasMessageContaining("REQUESTED card cannot become FROZEN");
  }

  @Test
  void anUnassignedCardCannotBeActivated() {
    Card card = issued();

    assertThatThrownBy(card::activate)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("card.unassigned"));
  }

  @Test
  void aCardholderOnceAssignedIsNotReplaced() {
    Card card = issued();
    card.assignTo(7);

    assertThatThrownBy(() -> card.assignTo(8))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("card.already-assigned"));
  }

  @Test
  void aCardCannotBeIssuedTwice() {
    Card card = issued();

    assertThatThrownBy(() -> card.recordIssuance(sealed("t2"), "1234", YearMonth.of(2030, 1)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void expiredAndCancelledAreFinal() {
    for (CardStatus next : CardStatus.values()) {
      assertThat(CardStatus.EXPIRED.canBecome(next)).isFalse();
      assertThat(CardStatus.CANCELLED.canBecome(next)).isFalse();
    }
    assertThat(CardStatus.REQUESTED.canBecome(CardStatus.EXPIRED)).isFalse();
  }

  private static Card issued() {
    Card card = Card.request(3, CardProduct.PHYSICAL, sealed("req-2"));
    card.recordIssuance(sealed("tok"), "4242", YearMonth.of(2029, 12));
    return card;
  }

  /** A stand-in for a sealed token: these tests are about the lifecycle, not the sealing. */
  private static SealedToken sealed(String name) {
    return new SealedToken("idx-" + name, new byte[] {1, 2, 3});
  }
}
