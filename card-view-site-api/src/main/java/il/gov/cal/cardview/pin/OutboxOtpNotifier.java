package il.gov.cal.cardview.pin;

import il.gov.cal.cardview.session.CardViewSession;
import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dev and test delivery of one-time codes: the code is written to {@code card-<id>.otp} in a local
 * outbox folder ({@code cal.cardview.otp.outbox.dir}), where a developer or a test reads it. It
 * never goes to a log. Outside the dev and test profiles ({@code cal.cardview.otp.outbox.enabled}
 * false) it refuses to deliver, so codes cannot land on a server's disk.
 *
 * <p>Production needs an SMS implementation of {@link OtpNotifier} against the issuer's messaging
 * gateway; it does not exist yet, so beta and prod cannot recover PINs until it is written.
 */
@ApplicationScoped
public class OutboxOtpNotifier implements OtpNotifier {

  private static final Logger log = LoggerFactory.getLogger(OutboxOtpNotifier.class);

  @Inject
  @ConfigProperty(name = "cal.cardview.otp.outbox.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "cal.cardview.otp.outbox.dir")
  String dir;

  @Override
  public void send(CardViewSession session, String code) {
    if (!enabled) {
      throw ProblemException.unavailable(
          "otp-channel-unavailable", "One-time codes cannot be sent at the moment.");
    }
    try {
      Path outbox = Files.createDirectories(Path.of(dir));
      Path tmp = Files.createTempFile(outbox, "otp", ".tmp");
      Files.writeString(tmp, code, StandardCharsets.US_ASCII);
      Files.move(
          tmp,
          outbox.resolve("card-" + session.cardId() + ".otp"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      log.info("otp placed in outbox card={}", session.cardId());
    } catch (IOException e) {
      throw ProblemException.unavailable(
          "otp-channel-unavailable", "One-time codes cannot be sent at the moment.");
    }
  }
}
