package il.gov.cal.security.identity;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a locally signed token, for calling the services by hand in development:
 *
 * <pre>
 * TokenCommand --role org-admin --org 1 [--unit 4 [--unit-path 1/4]] [--cardholder 17]
 *              [--subject alice] [--ttl-minutes 15]
 *              --key-dir ~/.cal/jwt --issuer https://cc.local --audience cal
 * </pre>
 *
 * <p>{@code --role} takes a group name ({@code org-admin}) or an enum name ({@code ORG_ADMIN}), and
 * may list several, comma-separated. The subject defaults to the role and organisation. The command
 * refuses to run when {@code mp.config.profile} (system property) or {@code MP_CONFIG_PROFILE}
 * (environment) is beta or prod.
 */
public final class TokenCommand {

  private static final Set<String> OPTIONS =
      Set.of(
          "--role",
          "--org",
          "--unit",
          "--unit-path",
          "--cardholder",
          "--subject",
          "--ttl-minutes",
          "--key-dir",
          "--issuer",
          "--audience");
  private static final List<String> REQUIRED =
      List.of("--role", "--key-dir", "--issuer", "--audience");

  private TokenCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the options described in the class documentation
   */
  public static void main(String[] args) {
    String profile = System.getProperty("mp.config.profile", System.getenv("MP_CONFIG_PROFILE"));
    System.exit(run(args, profile, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the options
   * @param profile the configuration profile in force, or {@code null}
   * @param out where the token is printed
   * @param err where usage errors are printed
   * @return 0 on success, 2 on a usage error
   * @throws IllegalStateException in the beta and prod profiles
   */
  static int run(String[] args, String profile, PrintStream out, PrintStream err) {
    LocalTokenIssuer.requireAllowed(profile);
    Map<String, String> options;
    TokenRequest request;
    try {
      options = parse(args);
      request = request(options);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(
          "usage: TokenCommand --role R --org O [--cardholder C] [--unit U] [--unit-path P]"
              + " [--subject S] [--ttl-minutes M] --key-dir DIR --issuer ISS --audience AUD");
      return 2;
    }
    LocalTokenIssuer issuer =
        LocalTokenIssuer.open(
            Path.of(options.get("--key-dir")), options.get("--issuer"), options.get("--audience"));
    out.println(issuer.issue(request));
    return 0;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
      }
      options.put(args[i], args[i + 1]);
    }
    for (String required : REQUIRED) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing " + required);
      }
    }
    return options;
  }

  private static TokenRequest request(Map<String, String> options) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : options.get("--role").split(",")) {
      roles.add(role(name.strip()));
    }
    Long org = number(options, "--org");
    String subject =
        options.getOrDefault(
            "--subject", roles.iterator().next().groupName() + (org == null ? "" : "-org" + org));
    Long ttl = number(options, "--ttl-minutes");
    return new TokenRequest(
        subject,
        roles,
        org,
        number(options, "--unit"),
        options.get("--unit-path"),
        number(options, "--cardholder"),
        ttl == null ? LocalTokenIssuer.DEFAULT_LIFETIME : Duration.ofMinutes(ttl));
  }

  private static Role role(String name) {
    return Role.fromGroupName(name)
        .or(
            () -> {
              try {
                return Optional.of(Role.valueOf(name.toUpperCase(Locale.ROOT)));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            })
        .orElseThrow(() -> new IllegalArgumentException("unknown role: " + name));
  }

  private static Long number(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number");
    }
  }
}
