package il.gov.cal.cardview.session;

import il.gov.cal.cardview.audit.SecurityEvents;
import il.gov.cal.cardview.card.CardQueryService;
import il.gov.cal.cardview.link.LinkToken;
import il.gov.cal.cardview.link.LinkTokenFormat;
import il.gov.cal.cardview.link.LinkTokenRegister;
import il.gov.cal.odsaccess.document.CardDocument;
import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges a deep-link token for a session. A token is refused (401, and a security event) when
 * its signature is not the shared key's, when it has expired or claims a lifetime over two minutes,
 * when it was used before, or when the card is not the cardholder's in the ODS.
 */
@ApplicationScoped
public class SessionService {

  /** Clock skew tolerated between the app's backend and this service. */
  private static final Duration SKEW = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(SessionService.class);

  @Inject LinkTokenRegister register;
  @Inject SessionStore sessions;
  @Inject SecurityEvents events;
  @Inject CardQueryService cards;

  private LinkTokenFormat format;

  @Inject
  void configure(@ConfigProperty(name = "cal.cardview.link.key") String key) {
    format = new LinkTokenFormat(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return the new session's id, for the cookie only
   * @throws ProblemException 401 when the token is refused
   */
  public String exchange(String tokenText, String clientAddr) {
    Instant now = Instant.now();
    Optional<LinkToken> read = format.read(tokenText);
    if (read.isEmpty()) {
      throw refused("invalid-signature", null, clientAddr);
    }
    LinkToken token = read.get();
    if (Duration.between(token.issuedAt(), token.expiresAt()).compareTo(LinkTokenFormat.MAX_TTL)
        > 0) {
      throw refused("lifetime-too-long", token, clientAddr);
    }
    if (!now.isBefore(token.expiresAt()) || token.issuedAt().isAfter(now.plus(SKEW))) {
      throw refused("expired", token, clientAddr);
    }
    if (!register.claim(token, now)) {
      throw refused("reused", token, clientAddr);
    }
    Optional<CardDocument> card = cards.find(token.orgId(), token.cardId());
    if (card.isEmpty() || !Objects.equals(card.get().cardholderId(), token.cardholderId())) {
      throw refused("foreign-card", token, clientAddr);
    }

    String id =
        sessions.open(
            new CardViewSession(token.orgId(), token.cardholderId(), token.cardId()), now);
    log.info(
        "session opened org={} cardholder={} card={}",
        token.orgId(),
        token.cardholderId(),
        token.cardId());
    return id;
  }

  private ProblemException refused(String reason, LinkToken token, String clientAddr) {
    events.record(
        "link-token-rejected",
        reason,
        token == null ? null : token.orgId(),
        token == null ? null : token.cardholderId(),
        token == null ? null : token.cardId(),
        clientAddr);
    return ProblemException.unauthorized(
        "link-rejected", "The link is not valid any more; open the site again from the app.");
  }
}
