package il.gov.cal.cardview.link;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Development command: prints a deep-link token as the mobile app's backend would mint it.
 *
 * <p>Usage: {@code MintLinkToken --org 1 --cardholder 1001 --card 17 [--ttl-seconds 120]}. The key
 * is read from {@code CAL_CARDVIEW_LINK_KEY}, else the local development key.
 */
public final class MintLinkToken {

  /** The local development key; beta and prod use a secret shared with the app's backend. */
  static final String LOCAL_KEY = "local-only-link-key-never-used-outside-dev-and-test";

  private MintLinkToken() {}

  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!options.keySet().containsAll(java.util.List.of("org", "cardholder", "card"))) {
      System.err.println("usage: MintLinkToken --org N --cardholder N --card N [--ttl-seconds S]");
      System.exit(2);
    }
    String key = System.getenv().getOrDefault("CAL_CARDVIEW_LINK_KEY", LOCAL_KEY);
    LinkTokenMinter minter =
        new LinkTokenMinter(key.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
    System.out.println(
        minter.mint(
            Long.parseLong(options.get("org")),
            Long.parseLong(options.get("cardholder")),
            Long.parseLong(options.get("card")),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("ttl-seconds", "120")))));
  }
}
