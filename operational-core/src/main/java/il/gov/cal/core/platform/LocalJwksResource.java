package il.gov.cal.core.platform;

import il.gov.cal.core.tenancy.ConfigProfile;
import il.gov.cal.security.identity.LocalTokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The local token issuer's public keys as a JSON Web Key Set, for development and tests: what a
 * client needs to check the tokens {@code ./platform token} prints. It answers 404 unless the
 * server runs under the dev or test profile with {@code cal.identity.local.key-dir} set, so beta
 * and prod expose nothing here (their keys are CC's, published by CC).
 */
@jakarta.ws.rs.Path("dev/jwks")
@RequestScoped
@PermitAll
public class LocalJwksResource {

  /** Config key: the local token issuer's key directory. */
  public static final String KEY_DIR = "cal.identity.local.key-dir";

  @Inject private ConfigProfile profile;

  @Inject
  @ConfigProperty(name = KEY_DIR)
  private Optional<String> keyDirectory;

  /**
   * The key set.
   *
   * @return the JWKS document
   */
  @GET
  @Produces("application/jwk-set+json")
  @Operation(summary = "The local token issuer's key set (dev and test only; 404 elsewhere)")
  public String jwks() {
    Path file = localJwks(profile.name(), keyDirectory).orElseThrow(NotFoundException::new);
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the local key set", e);
    }
  }

  /**
   * Where the local key set is, if this profile may serve it.
   *
   * @param profile the configuration profile
   * @param keyDirectory the configured key directory
   * @return the JWKS file when the profile is dev or test and the file exists, else empty
   */
  static Optional<Path> localJwks(String profile, Optional<String> keyDirectory) {
    if (!ConfigProfile.isLocal(profile) || keyDirectory.isEmpty()) {
      return Optional.empty();
    }
    LocalTokenIssuer.requireAllowed(profile);
    Path file = Path.of(keyDirectory.get()).resolve(LocalTokenIssuer.JWKS_FILE);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
