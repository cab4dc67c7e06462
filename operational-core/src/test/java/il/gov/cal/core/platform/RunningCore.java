package il.gov.cal.core.platform;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The one Liberty server the core's integration tests share, under the test profile against the
 * shared MariaDB: started on first use, stopped when the JVM exits, so each IT class costs no
 * server start. Tests never depend on each other's data: each creates its own organisations.
 *
 * <p>The server verifies tokens against a local token issuer whose keys live under {@code
 * target/it-keys} (the field-encryption keys too); tests mint their callers' tokens with {@link
 * #token}.
 */
public final class RunningCore {

  /** The issuer every test token names. */
  public static final String ISSUER = "https://cc.test.local";

  /** The audience every test token names. */
  public static final String AUDIENCE = "cal-core-test";

  /** Where the local token issuer's and the field-encryption keys live. */
  public static final Path KEY_DIR = Path.of("target", "it-keys").toAbsolutePath();

  private static LibertyServer server;
  private static LocalTokenIssuer issuer;

  private RunningCore() {}

  /** The running server, started on first call. */
  public static synchronized LibertyServer server() {
    if (server == null) {
      EmbeddedDatabase db = TestStack.database();
      issuer(); // writes the key set the server verifies against
      LibertyServer created =
          new LibertyServer(
              Path.of(System.getProperty("cal.liberty.dir", "target/liberty/wlp")),
              System.getProperty("cal.liberty.server", "operational-core"),
              Map.of(
                  "DB_PORT", Integer.toString(db.port()),
                  "MP_CONFIG_PROFILE", "test",
                  "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                      KEY_DIR.resolve(LocalTokenIssuer.JWKS_FILE).toUri().toString(),
                  "MP_JWT_VERIFY_ISSUER", ISSUER,
                  "MP_JWT_VERIFY_AUDIENCES", AUDIENCE,
                  "CAL_IDENTITY_LOCAL_KEY_DIR", KEY_DIR.toString(),
                  "CAL_CRYPTO_LOCAL_KEY_DIR", KEY_DIR.toString()));
      // Registered before starting: a server that never became ready is still stopped at exit.
      Runtime.getRuntime().addShutdownHook(new Thread(created::stop, "core-server-shutdown"));
      server = created.start();
    }
    return server;
  }

  /** The local token issuer the server trusts; its key files exist once this returns. */
  public static synchronized LocalTokenIssuer issuer() {
    if (issuer == null) {
      issuer = LocalTokenIssuer.open(KEY_DIR, ISSUER, AUDIENCE);
    }
    return issuer;
  }

  /** A signed token asserting the request. */
  public static String token(TokenRequest request) {
    return issuer().issue(request);
  }

  /** A token for a caller with these roles in an organisation ({@code null}: none). */
  public static String token(Long organisationId, Role... roles) {
    TokenRequest request =
        new TokenRequest(
            "it-" + (roles.length == 0 ? "none" : roles[0].groupName()) + "-" + organisationId,
            Set.of(roles),
            organisationId,
            null,
            null,
            null,
            LocalTokenIssuer.DEFAULT_LIFETIME);
    return token(request);
  }
}
