package il.gov.cal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.identity.LocalTokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A core that verifies bearer tokens but is not told their issuer does not start, and says which
 * setting is missing: its token screen would otherwise accept tokens of any issuer that Liberty may
 * refuse. Runs a copy of the module's server beside the shared one.
 */
class IdentitySettingsIT {

  private static final Set<String> RUNTIME_FOLDERS = Set.of("logs", "workarea", "tranlog");

  @Test
  void aCoreWithoutTheTokenIssuerRefusesToStartNamingTheSetting() throws Exception {
    RunningCore.issuer(); // the key set the copy is pointed at
    Path wlp = Path.of(System.getProperty("cal.liberty.dir", "target/liberty/wlp"));
    String name = "core-without-issuer";
    copyServer(wlp, System.getProperty("cal.liberty.server", "operational-core"), name);
    LibertyServer server =
        new LibertyServer(
            wlp,
            name,
            Map.of(
                "DB_PORT", Integer.toString(TestStack.database().port()),
                "MP_CONFIG_PROFILE", "test",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    RunningCore.KEY_DIR.resolve(LocalTokenIssuer.JWKS_FILE).toUri().toString(),
                "MP_JWT_VERIFY_AUDIENCES", RunningCore.AUDIENCE,
                "CAL_IDENTITY_LOCAL_KEY_DIR", RunningCore.KEY_DIR.toString(),
                "CAL_CRYPTO_LOCAL_KEY_DIR", RunningCore.KEY_DIR.toString()));
    try {
      assertThatThrownBy(server::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("failed to start");

      String messages = Files.readString(server.logs().resolve("messages.log"));
      assertThat(messages)
          .contains("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) is not set")
          .doesNotContain("mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES)");
    } finally {
      server.stop();
    }
  }

  /** The prepared server's configuration and application, without what a run leaves. */
  private static void copyServer(Path wlp, String from, String to) throws IOException {
    Path source = wlp.resolve("usr/servers").resolve(from);
    Path target = wlp.resolve("usr/servers").resolve(to);
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    try (Stream<Path> files = Files.walk(source)) {
      files
          .filter(file -> !leftByARun(source.relativize(file)))
          .forEach(
              file -> {
                try {
                  Path copy = target.resolve(source.relativize(file).toString());
                  if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                  } else {
                    Files.copy(file, copy);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static boolean leftByARun(Path relative) {
    return relative.getNameCount() > 0
        && (RUNTIME_FOLDERS.contains(relative.getName(0).toString())
            || relative.startsWith(Path.of("apps", "expanded")));
  }
}
