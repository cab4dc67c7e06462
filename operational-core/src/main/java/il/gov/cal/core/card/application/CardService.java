package il.gov.cal.core.card.application;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.audit.Audit;
import il.gov.cal.core.card.domain.Card;
import il.gov.cal.core.card.domain.CardProduct;
import il.gov.cal.core.card.domain.SealedToken;
import il.gov.cal.core.card.persistence.CardRepository;
import il.gov.cal.core.card.persistence.IssuerTokens;
import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.cardholder.persistence.CardholderRepository;
import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.core.unit.persistence.UnitRepository;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases on the caller's organisation's cards, one per lifecycle command. Logs card ids and
 * states; never a token or card number. Issuer tokens are sealed ({@link IssuerTokens}) before they
 * reach the card, and looked up by their blind index only.
 */
@RequestScoped
@Transactional
public class CardService {

  private static final Logger log = LoggerFactory.getLogger(CardService.class);

  @Inject private CardRepository cards;
  @Inject private CardholderRepository cardholders;
  @Inject private UnitRepository units;
  @Inject private Audit audit;
  @Inject private IssuerTokens tokens;
  @Inject private CallerTenant caller;

  /** Asks the issuer for a card charged to a unit, optionally assigned at once. */
  public Card requestCard(long unitId, CardProduct product, Long cardholderId) {
    units.require(unitId);
    Card card = Card.request(unitId, product, seal(Card.newRequestReference()));
    if (cardholderId != null) {
      Cardholder holder = cardholders.require(cardholderId);
      holder.requireActive();
      card.assignTo(holder.id());
    }

    cards.add(card);
    audit.succeeded("card.request", "card", card.id());

    log.info(
        "card requested cardId={} unitId={} product={} cardholderId={}",
        card.id(),
        unitId,
        product,
        cardholderId);
    return card;
  }

  /** Records what the issuer made for a requested card. */
  public Card recordIssuance(long cardId, String token, String last4, YearMonth expiry) {
    if (cards.tokenTaken(tokens.index(token))) {
      audit.failed("card.issuance", "card", cardId);
      throw new DomainRuleViolation(
          CONFLICT, "card.token-taken", "Another card carries this issuer token");
    }
    SealedToken sealed = seal(token);
    return command(
        cardId, "issuance", "issued", card -> card.recordIssuance(sealed, last4, expiry));
  }

  private SealedToken seal(String token) {
    return tokens.seal(caller.organisationId(), token);
  }

  /** Gives a card to an active cardholder of the organisation. */
  public Card assignCard(long cardId, long cardholderId) {
    Cardholder holder = cardholders.require(cardholderId);
    audit.refusable("card.assign", "card", cardId, holder::requireActive);
    return command(cardId, "assign", "assigned", card -> card.assignTo(holder.id()));
  }

  /** Activates an issued, assigned card. */
  public Card activateCard(long cardId) {
    return command(cardId, "activate", "activated", Card::activate);
  }

  /** Freezes an active card. */
  public Card freezeCard(long cardId) {
    return command(cardId, "freeze", "frozen", Card::freeze);
  }

  /** Unfreezes a frozen card. */
  public Card unfreezeCard(long cardId) {
    return command(cardId, "unfreeze", "unfrozen", Card::unfreeze);
  }

  /** Cancels a card for good. */
  public Card cancelCard(long cardId) {
    return command(cardId, "cancel", "cancelled", Card::cancel);
  }

  /** One card. */
  public Card card(long cardId) {
    return cards.require(cardId);
  }

  /** One page of cards, optionally of one cardholder or unit. */
  public List<Card> cards(PageRequest page, Long cardholderId, Long unitId) {
    return cards.page(page, cardholderId, unitId);
  }

  private Card command(long cardId, String command, String event, Consumer<Card> change) {
    String action = "card." + command;
    Card card = cards.require(cardId);

    audit.refusable(action, "card", cardId, () -> change.accept(card));
    audit.succeeded(action, "card", cardId);

    log.info("card {} cardId={} status={}", event, cardId, card.status());
    return card;
  }
}
