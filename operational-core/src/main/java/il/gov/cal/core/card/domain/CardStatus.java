package il.gov.cal.core.card.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a card is in its life. REQUESTED (asked of the issuer) → ISSUED (the issuer made it) →
 * ACTIVE ↔ FROZEN; CANCELLED from any non-final state; EXPIRED from ISSUED, ACTIVE or FROZEN.
 * CANCELLED and EXPIRED are final.
 */
public enum CardStatus {
  REQUESTED,
  ISSUED,
  ACTIVE,
  FROZEN,
  CANCELLED,
  EXPIRED;

  /** Whether a card in this state may move to {@code next}. */
  public boolean canBecome(CardStatus next) {
    return successors().contains(next);
  }

  /** Whether no further move is possible. */
  public boolean isFinal() {
    return successors().isEmpty();
  }

  private Set<CardStatus> successors() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(ISSUED, CANCELLED);
      case ISSUED -> EnumSet.of(ACTIVE, CANCELLED, EXPIRED);
      case ACTIVE -> EnumSet.of(FROZEN, CANCELLED, EXPIRED);
      case FROZEN -> EnumSet.of(ACTIVE, CANCELLED, EXPIRED);
      case CANCELLED, EXPIRED -> EnumSet.noneOf(CardStatus.class);
    };
  }
}
