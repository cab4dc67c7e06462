package il.gov.cal.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

  @TempDir Path keys;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void runPrintsASignedTokenForTheGivenRoleAndScope() {
    int status =
        run(
            "dev",
            "--role",
            "cardholder",
            "--org",
            "7",
            "--cardholder",
            "1001",
            "--unit",
            "41",
            "--key-dir",
            keys.toString(),
            "--issuer",
            "https://cc.local",
            "--audience",
            "cal");

    String token = out.toString(StandardCharsets.UTF_8).strip();
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(token.split("\\.")).hasSize(3);
    assertThat(payload)
        .contains(
            "\"sub\":\"cardholder-org7\"",
            "\"groups\":[\"cardholder\"]",
            "\"org\":7",
            "\"cardholder\":1001",
            "\"unit\":41");
  }

  @Test
  void runRefusesToIssueInTheProdProfile() {
    assertThatThrownBy(
            () ->
                run(
                    "prod",
                    "--role",
                    "org-admin",
                    "--org",
                    "7",
                    "--key-dir",
                    keys.toString(),
                    "--issuer",
                    "i",
                    "--audience",
                    "a"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(keys).isEmptyDirectory();
  }

  @Test
  void runAnswersTwoWithUsageForAnUnknownRoleOrMissingOption() {
    assertThat(run(null, "--role", "admin", "--key-dir", "k", "--issuer", "i", "--audience", "a"))
        .isEqualTo(2);
    assertThat(run(null, "--role", "analyst")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role", "missing", "usage");
  }

  private int run(String profile, String... args) {
    return TokenCommand.run(
        args,
        profile,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
