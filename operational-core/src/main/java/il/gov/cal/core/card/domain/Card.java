package il.gov.cal.core.card.domain;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.tenancy.TenantOwned;
import il.gov.cal.security.problem.BadRequest;
import il.gov.cal.security.problem.DomainRuleViolation;
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
 * once assigned, is not replaced. Until the issuer answers, the issuer token holds a request
 * reference ({@link #newRequestReference()}) the issuer echoes back, and {@code last4} is {@code
 * 0000}. The token is kept only sealed ({@link SealedToken}: blind index and ciphertext) and no
 * accessor returns it, so no view, log line or problem can show it.
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

  @Column(name = "issuer_token_idx")
  private String issuerTokenIndex;

  @Column(name = "issuer_token_enc")
  private byte[] issuerTokenCiphertext;

  private String last4;

  private String expiry;

  @Enumerated(EnumType.STRING)
  private CardProduct product;

  @Enumerated(EnumType.STRING)
  private CardStatus status;

  @Version private long version;

  protected Card() {}

  /** A fresh request reference for {@link #request}, which the issuer echoes back. */
  public static String newRequestReference() {
    return "REQ-" + UUID.randomUUID();
  }

  /**
   * A card asked of the issuer, to be charged to {@code unitId}'s budget, carrying the sealed
   * request reference until issuance.
   */
  public static Card request(long unitId, CardProduct product, SealedToken requestReference) {
    Card card = new Card();
    card.unitId = unitId;
    card.product = product;
    card.seal(requestReference);
    card.last4 = "0000";
    card.status = CardStatus.REQUESTED;
    return card;
  }

  /** The issuer made the card: its token, the last four digits of the PAN and the expiry. */
  public void recordIssuance(SealedToken token, String lastFour, YearMonth expiresAt) {
    if (lastFour == null || !lastFour.matches("\\d{4}")) {
      throw BadRequest.ofField("card.invalid-last4", "last4", "must be exactly four digits");
    }
    moveTo(CardStatus.ISSUED);
    seal(token);
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
          CONFLICT, "card.already-assigned", "The card is already assigned to a cardholder");
    }
    this.cardholderId = newCardholderId;
  }

  /** The cardholder starts using the card. */
  public void activate() {
    if (status == CardStatus.ISSUED && cardholderId == null) {
      throw new DomainRuleViolation(
          CONFLICT,
          "card.unassigned",
          "A card must be assigned to a cardholder before it is activated");
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

  private void seal(SealedToken token) {
    this.issuerTokenIndex = token.index();
    this.issuerTokenCiphertext = token.ciphertext().clone();
  }

  private void moveTo(CardStatus next) {
    if (!status.canBecome(next)) {
      throw illegalMove(next);
    }
    this.status = next;
  }

  private DomainRuleViolation illegalMove(CardStatus next) {
    return new DomainRuleViolation(
        CONFLICT, "card.illegal-transition", "A " + status + " card cannot become " + next);
  }

  private DomainRuleViolation illegal(String action) {
    return new DomainRuleViolation(
        CONFLICT, "card.illegal-transition", "Cannot " + action + " a " + status + " card");
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
