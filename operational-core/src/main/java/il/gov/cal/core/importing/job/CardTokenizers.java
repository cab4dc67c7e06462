package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.vcf.CardTokenizer;
import il.gov.cal.core.importing.vcf.HmacSha256CardTokenizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Produces the application's {@link CardTokenizer}: HMAC-SHA256 under the key in {@code
 * cal.cards.token-key} (base64, at least 32 bytes). Dev and test configure a local-only key; beta
 * and prod get theirs from the secrets store as the environment variable {@code
 * CAL_CARDS_TOKEN_KEY}. Without a key, the first import fails with a message naming the key; the
 * rest of the core works.
 */
@ApplicationScoped
public class CardTokenizers {

  /** The configuration key holding the tokenizer key. */
  public static final String KEY = "cal.cards.token-key";

  private volatile CardTokenizer tokenizer;

  /** The tokenizer, created on first use. */
  @Produces
  public CardTokenizer tokenizer() {
    CardTokenizer current = tokenizer;
    if (current == null) {
      synchronized (this) {
        if (tokenizer == null) {
          tokenizer = create();
        }
        current = tokenizer;
      }
    }
    return current;
  }

  private static CardTokenizer create() {
    Optional<String> encoded = ConfigProvider.getConfig().getOptionalValue(KEY, String.class);
    byte[] key =
        Base64.getDecoder()
            .decode(encoded.orElseThrow(() -> new IllegalStateException(KEY + " is not set")));
    try {
      return new HmacSha256CardTokenizer(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }
}
