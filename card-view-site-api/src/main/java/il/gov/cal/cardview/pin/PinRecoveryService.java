package il.gov.cal.cardview.pin;

import il.gov.cal.cardview.audit.SecurityEvents;
import il.gov.cal.cardview.session.CardViewSession;
import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PIN recovery: a six-digit one-time code is sent to the cardholder, and the right code, within
 * five minutes, reveals the PIN fetched from the issuer at that moment. Five wrong codes lock the
 * card's PIN recovery for a day. Codes are stored only as an HMAC under a server key, so the table
 * alone does not give them away; the PIN is never stored, logged or written to the ODS.
 */
@ApplicationScoped
public class PinRecoveryService {

  /** Wrong codes allowed before the lock. */
  public static final int MAX_FAILURES = 5;

  static final Duration CODE_LIFE = Duration.ofMinutes(5);
  static final Duration LOCK = Duration.ofHours(24);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger log = LoggerFactory.getLogger(PinRecoveryService.class);

  @Inject PinGuardStore store;
  @Inject OtpNotifier notifier;
  @Inject IssuerPinService issuer;
  @Inject SecurityEvents events;

  private SecretKeySpec codeKey;

  @Inject
  void configure(@ConfigProperty(name = "cal.cardview.otp.key") String key) {
    codeKey = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** Sends a fresh code, replacing any earlier one. */
  public void sendCode(CardViewSession session) {
    Instant now = Instant.now();
    refuseWhileLocked(session, now);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    store.storeCode(session.cardId(), hash(session.cardId(), code), now.plus(CODE_LIFE));
    notifier.send(session, code);
    log.info("pin code sent card={}", session.cardId());
  }

  /**
   * The PIN, when the code is right.
   *
   * @throws ProblemException 400 for a wrong or expired code, 423 once locked, 503 when the issuer
   *     does not answer
   */
  public IssuerPin revealPin(CardViewSession session, String code, String clientAddr) {
    Instant now = Instant.now();
    refuseWhileLocked(session, now);
    if (!store.hasLiveCode(session.cardId(), now)) {
      throw ProblemException.badRequest(
          "otp-expired", "There is no valid code; ask for a new one.");
    }
    if (code == null
        || !code.matches("[0-9]{6}")
        || !store.consumeCode(session.cardId(), hash(session.cardId(), code), now)) {
      int failures = store.recordFailure(session.cardId(), MAX_FAILURES, now.plus(LOCK));
      if (failures >= MAX_FAILURES) {
        events.record(
            "pin-recovery-locked",
            "too-many-wrong-codes",
            session.orgId(),
            session.cardholderId(),
            session.cardId(),
            clientAddr);
        throw locked();
      }
      throw ProblemException.badRequest(
          "otp-invalid",
          "The code is wrong; " + (MAX_FAILURES - failures) + " tries left before a lock.");
    }
    store.reset(session.cardId());

    try {
      IssuerPin pin = issuer.currentPin(session.orgId(), session.cardId());
      log.info("pin revealed card={}", session.cardId());
      return pin;
    } catch (IssuerUnavailableException e) {
      log.warn("issuer pin service unavailable card={}", session.cardId());
      throw ProblemException.unavailable(
          "issuer-unavailable", "The PIN cannot be fetched right now; ask for a new code later.");
    }
  }

  private void refuseWhileLocked(CardViewSession session, Instant now) {
    if (store.lockedUntil(session.cardId(), now).isPresent()) {
      throw locked();
    }
  }

  private static ProblemException locked() {
    return ProblemException.ruleViolated(
        423, "pin-recovery-locked", "PIN recovery is locked for this card after too many tries.");
  }

  private String hash(long cardId, String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(codeKey);
      return HexFormat.of()
          .formatHex(mac.doFinal((cardId + ":" + code).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
