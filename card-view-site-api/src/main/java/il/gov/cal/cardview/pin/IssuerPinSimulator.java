package il.gov.cal.cardview.pin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stands in for the issuer's on-premises PIN service in dev and test, and behaves like it: the PIN
 * is fixed per card (derived from the card id, so the same card always gets the same four digits),
 * every call takes time (about {@code cal.cardview.issuer.simulator.latency-ms}, with jitter), a
 * share of calls fail ({@code cal.cardview.issuer.simulator.failure-rate}), and cards whose id ends
 * in 999 always fail, as a card unknown to the issuer would. Outside dev and test ({@code
 * cal.cardview.issuer.simulator.enabled} false) every call fails: the real client for the issuer's
 * service is not written yet, so beta and prod cannot reveal PINs until it is.
 */
@ApplicationScoped
public class IssuerPinSimulator implements IssuerPinService {

  private static final byte[] SEED = "issuer-pin-simulator".getBytes(StandardCharsets.US_ASCII);

  @Inject
  @ConfigProperty(name = "cal.cardview.issuer.simulator.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "cal.cardview.issuer.simulator.latency-ms", defaultValue = "120")
  int latencyMs;

  @Inject
  @ConfigProperty(name = "cal.cardview.issuer.simulator.failure-rate", defaultValue = "0.0")
  double failureRate;

  @Override
  public IssuerPin currentPin(long orgId, long cardId) throws IssuerUnavailableException {
    if (!enabled) {
      throw new IssuerUnavailableException("issuer PIN service not configured");
    }
    pause();
    if (cardId % 1000 == 999 || ThreadLocalRandom.current().nextDouble() < failureRate) {
      throw new IssuerUnavailableException("issuer PIN service refused the request");
    }
    return new IssuerPin(pinOf(cardId));
  }

  /** The simulated PIN of a card: four digits, the same every time. */
  public static String pinOf(long cardId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SEED, "HmacSHA256"));
      byte[] digest = mac.doFinal(ByteBuffer.allocate(8).putLong(cardId).array());
      int value = ByteBuffer.wrap(digest).getInt() & 0x7fffffff;
      return String.format("%04d", value % 10_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private void pause() throws IssuerUnavailableException {
    if (latencyMs <= 0) {
      return;
    }
    int jitter = ThreadLocalRandom.current().nextInt(-latencyMs / 4, latencyMs / 4 + 1);
    try {
      Thread.sleep(Math.max(0, latencyMs + jitter));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IssuerUnavailableException("interrupted while waiting for the issuer");
    }
  }
}
