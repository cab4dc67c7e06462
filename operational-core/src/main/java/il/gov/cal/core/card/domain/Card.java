package il.gov.cal.core.card.domain;

import il.gov.cal.core.problem.BadRequest;
import il.gov.cal.core.problem.DomainRuleViolation;
import il.gov.cal.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A payment card of the organisation, charged to a unit's budget.
 *
 * <p>Invariants: the status only moves along {@link CardStatus}'s transitions, each through a
 * method named for the business event, and any other move is refused with {@code
 * card.illegal-transition}; a card is activated only once assigned to a cardholder; a cardholder,
 * once assigned, is not replaced. Until the issuer answers, {@code issuerToken} holds a request
 * reference ({@code REQ-...}) the issuer echoes back, and {@code last4} is {@code 0000}.
 */
@Entity
@Table(name = "card")
public class Card extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cardholder_id")
  private Long cardholderId;

  @Column(name = "unit_id")
  private long unitId;

  @Column(name = "issuer_token")
  private String issuerToken;

  private String last4;

  private String expiry;

  @Enumerated(EnumType.STRING)
  private CardProduct product;

  @Enumerated(EnumType.STRING)
  private CardStatus status;

  @Version private long version;

  protected Card() {}

  /** A card asked of the issuer, to be charged to {@code unitId}'s budget. */
  public static Card request(long unitId, CardProduct product) {
    Card card = new Card();
    card.unitId = unitId;
    card.product = product;
    card.issuerToken = "REQ-" + UUID.randomUUID();
    card.last4 = "0000";
    card.status = CardStatus.REQUESTED;
    return card;
  }

  /** The issuer made the card: its token, the last four digits of the PAN and the expiry. */
  public void recordIssuance(String token, String lastFour, YearMonth expiresAt) {
    if (lastFour == null || !lastFour.matches("\\d{4}")) {
      throw new BadRequest("card.invalid-last4", "last4", "must be exactly four digits");
    }
    moveTo(CardStatus.ISSUED);
    this.issuerToken = token;
    this.last4 = lastFour;
    this.expiry = expiresAt.toString();
  }

  /** Gives the card to a cardholder, who must be active (checked by the caller's domain). */
  public void assignTo(long newCardholderId) {
    if (status.isFinal()) {
      throw illegal("assign a cardholder to");
    }
    if (cardholderId != null) {
      throw new DomainRuleViolation(
          "card.already-assigned", "The card is already assigned to a cardholder");
    }
    this.cardholderId = newCardholderId;
  }

  /** The cardholder starts using the card. */
  public void activate() {
    if (status == CardStatus.ISSUED && cardholderId == null) {
      throw new DomainRuleViolation(
          "card.unassigned", "A card must be assigned to a cardholder before it is activated");
    }
    if (status != CardStatus.ISSUED) {
      throw illegalMove(CardStatus.ACTIVE);
    }
    moveTo(CardStatus.ACTIVE);
  }

  /** Temporarily stops authorisations on an active card. */
  public void freeze() {
    if (status != CardStatus.ACTIVE) {
      throw illegalMove(CardStatus.FROZEN);
    }
    moveTo(CardStatus.FROZEN);
  }

  /** Lets a frozen card be used again. */
  public void unfreeze() {
    if (status != CardStatus.FROZEN) {
      throw illegalMove(CardStatus.ACTIVE);
    }
    moveTo(CardStatus.ACTIVE);
  }

  /** Ends the card for good. */
  public void cancel() {
    moveTo(CardStatus.CANCELLED);
  }

  /** The card reached its expiry date. */
  public void expire() {
    moveTo(CardStatus.EXPIRED);
  }

  private void moveTo(CardStatus next) {
    if (!status.canBecome(next)) {
      throw illegalMove(next);
    }
    this.status = next;
  }

  private DomainRuleViolation illegalMove(CardStatus next) {
    return new DomainRuleViolation(
        "card.illegal-transition", "A " + status + " card cannot become " + next);
  }

  private DomainRuleViolation illegal(String action) {
    return new DomainRuleViolation(
        "card.illegal-transition", "Cannot " + action + " a " + status + " card");
  }

  public Long id() {
    return id;
  }

  public Long cardholderId() {
    return cardholderId;
  }

  public long unitId() {
    return unitId;
  }

  public String last4() {
    return last4;
  }

  /** The expiry as {@code YYYY-MM}, or null before issuance. */
  public String expiry() {
    return expiry;
  }

  public CardProduct product() {
    return product;
  }

  public CardStatus status() {
    return status;
  }
}
