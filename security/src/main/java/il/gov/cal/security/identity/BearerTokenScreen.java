package il.gov.cal.security.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.jose4j.http.Get;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Checks a bearer token with the same settings as MicroProfile JWT ({@code mp.jwt.verify.*}) before
 * Liberty's own verifier sees it, so that only tokens that will pass reach Liberty.
 *
 * <p>Why: when Liberty rejects a token whose signature is wrong it writes the token into an
 * incident report ({@code logs/ffdc/}) and into the text of its rejection message, which a hidden
 * message still leaves in the trace log. No Liberty setting switches that off for one exception.
 * Screening first means a forged, altered, unsigned, expired or foreign token is answered here and
 * Liberty never handles it; Liberty still verifies every token that passes, so the screen adds a
 * second check and never replaces the first.
 *
 * <p>The key set is read from {@code mp.jwt.verify.publickey.location} (a JWKS or PEM file, or a
 * JWKS URL, cached and refreshed by jose4j) or from {@code mp.jwt.verify.publickey}; a file is read
 * again when it changes. A rejection carries only a reason, never the token or anything from it.
 *
 * <p>A portal sends the same token with every request for its lifetime, so a token that passed is
 * remembered, by its SHA-256 digest (never the token itself), and passes again without its
 * signature being checked anew: until its expiry, for at most {@link #REMEMBERED_FOR}, and only
 * while the key set is the one that verified it. A refusal is never remembered. Liberty still
 * verifies every token, remembered or not.
 */
public final class BearerTokenScreen {

  /** Why a token was refused; the names are stable and go into audit events. */
  public enum Rejection {
    /** Not three base64url parts of JSON. */
    MALFORMED,
    /** No signature, or an algorithm other than the configured one. */
    UNSIGNED,
    /** Signed by a key the issuer does not publish, or altered after signing. */
    BAD_SIGNATURE,
    /** Another issuer. */
    WRONG_ISSUER,
    /** Meant for another service. */
    WRONG_AUDIENCE,
    /** Past its expiry, or issued in the future. */
    EXPIRED,
    /** A required claim ({@code exp}, {@code iat}, {@code sub}) is missing. */
    INCOMPLETE,
    /** The verification keys cannot be read: no token can be checked. */
    KEYS_UNAVAILABLE;

    /** The lowercase name used in audit events, e.g. {@code bad-signature}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private static final int REMOTE_TIMEOUT_MILLIS = 2_000;
  private static final long RETAIN_KEYS_ON_ERROR_SECONDS = 24 * 60 * 60;

  /** The longest a passed token is remembered, however long it stays valid. */
  static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

  /** Tokens remembered at most, enough for every caller of a busy minute. */
  private static final int REMEMBERED_TOKENS = 10_000;

  /** A passed token: the key set that verified it, and when it stops being valid. */
  private record Passed(VerificationKeyResolver keys, long validUntilMillis) {}

  private final Cache<String, Passed> passed =
      Caffeine.newBuilder().maximumSize(REMEMBERED_TOKENS).expireAfterWrite(REMEMBERED_FOR).build();
  private final KeySource keys;
  private final String algorithm;
  private final String issuer;
  private final List<String> audiences;
  private final int clockSkewSeconds;
  private final Clock clock;

  BearerTokenScreen(
      KeySource keys,
      String algorithm,
      String issuer,
      List<String> audiences,
      int clockSkewSeconds,
      Clock clock) {
    this.keys = keys;
    this.algorithm = algorithm;
    this.issuer = issuer;
    this.audiences = List.copyOf(audiences);
    this.clockSkewSeconds = clockSkewSeconds;
    this.clock = clock;
  }

  /**
   * The screen for an application's MicroProfile JWT settings.
   *
   * @param config the application's configuration
   * @return the screen, or empty when the application does not verify bearer tokens (no key
   *     configured)
   */
  public static Optional<BearerTokenScreen> fromConfig(Config config) {
    Optional<String> location =
        config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
    Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
    if (location.isEmpty() && inline.isEmpty()) {
      return Optional.empty();
    }
    KeySource keys =
        location.isPresent() ? KeySource.at(location.get()) : KeySource.inline(inline.get());
    return Optional.of(
        new BearerTokenScreen(
            keys,
            config
                .getOptionalValue("mp.jwt.verify.publickey.algorithm", String.class)
                .orElse(AlgorithmIdentifiers.RSA_USING_SHA256),
            config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(null),
            config
                .getOptionalValue("mp.jwt.verify.audiences", String.class)
                .map(BearerTokenScreen::split)
                .orElse(List.of()),
            config.getOptionalValue("mp.jwt.verify.clock.skew", Integer.class).orElse(30),
            Clock.systemUTC()));
  }

  /**
   * Checks a token.
   *
   * @param token the compact serialisation from the {@code Authorization} header
   * @return empty when the token passes, else why it was refused
   */
  public Optional<Rejection> check(String token) {
    if (token == null) {
      return Optional.of(Rejection.MALFORMED);
    }
    VerificationKeyResolver resolver;
    try {
      resolver = keys.resolver();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return structure(token).or(() -> Optional.of(Rejection.KEYS_UNAVAILABLE));
    }
    String digest = digest(token);
    Passed before = passed.getIfPresent(digest);
    if (before != null && before.keys() == resolver && clock.millis() < before.validUntilMillis()) {
      return Optional.empty();
    }
    Optional<Rejection> structural = structure(token);
    if (structural.isPresent()) {
      return structural;
    }
    JwtConsumerBuilder builder =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, algorithm)
            .setVerificationKeyResolver(resolver)
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(clockSkewSeconds)
            .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()));
    if (issuer != null) {
      builder.setExpectedIssuer(issuer);
    }
    if (audiences.isEmpty()) {
      builder.setSkipDefaultAudienceValidation();
    } else {
      builder.setExpectedAudience(audiences.toArray(String[]::new));
    }
    JwtConsumer consumer = builder.build();
    try {
      JwtClaims claims = consumer.processToClaims(token);
      // jose4j refuses a token once now - skew >= exp, so it passes until (exp + skew) seconds.
      long expiry = claims.getExpirationTime().getValue();
      if (expiry < Long.MAX_VALUE / 1000 - clockSkewSeconds) {
        passed.put(digest, new Passed(resolver, (expiry + clockSkewSeconds) * 1000));
      }
      return Optional.empty();
    } catch (MalformedClaimException e) {
      return Optional.of(Rejection.MALFORMED);
    } catch (InvalidJwtException e) {
      // The exception's message quotes the token: only its error codes are read.
      return Optional.of(reasonOf(e));
    }
  }

  private static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Rejection reasonOf(InvalidJwtException e) {
    if (causedByInputOutput(e)) {
      return Rejection
          .KEYS_UNAVAILABLE; // the key set could not be fetched: no verdict on the token
    }
    if (e.hasErrorCode(ErrorCodes.EXPIRED)
        || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)
        || e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
      return Rejection.EXPIRED;
    }
    if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
      return Rejection.WRONG_ISSUER;
    }
    if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
        || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
      return Rejection.WRONG_AUDIENCE;
    }
    if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)
        || e.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)
        || e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
      return Rejection.INCOMPLETE;
    }
    if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
      return Rejection.BAD_SIGNATURE;
    }
    if (e.hasErrorCode(ErrorCodes.JSON_INVALID) || e.hasErrorCode(ErrorCodes.MALFORMED_CLAIM)) {
      return Rejection.MALFORMED;
    }
    // No key for the token's key id, or a key that does not fit it.
    return Rejection.BAD_SIGNATURE;
  }

  private static boolean causedByInputOutput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Three base64url parts, the first two JSON objects, the header naming the configured algorithm:
   * anything else is refused before it is parsed as a token.
   */
  private Optional<Rejection> structure(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.of(Rejection.MALFORMED);
    }
    Base64.Decoder decoder = Base64.getUrlDecoder();
    try {
      Map<String, Object> header =
          JsonUtil.parseJson(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8));
      JsonUtil.parseJson(new String(decoder.decode(parts[1]), StandardCharsets.UTF_8));
      decoder.decode(parts[2]);
      if (!algorithm.equals(header.get("alg")) || parts[2].isEmpty()) {
        return Optional.of(Rejection.UNSIGNED);
      }
      return Optional.empty();
    } catch (IllegalArgumentException | JoseException | ClassCastException e) {
      return Optional.of(Rejection.MALFORMED);
    }
  }

  private static List<String> split(String list) {
    return Stream.of(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Where the verification keys come from. */
  interface KeySource {

    VerificationKeyResolver resolver();

    static KeySource at(String location) {
      if (location.startsWith("https:") || location.startsWith("http:")) {
        HttpsJwksVerificationKeyResolver remote =
            new HttpsJwksVerificationKeyResolver(remoteKeySet(location));
        return () -> remote;
      }
      return new FileKeySource(filePath(location));
    }

    /**
     * The identity provider's key set, fetched with short time-outs and no retries (a request waits
     * for it), and kept for a day when a refresh fails, so that a provider briefly out of reach
     * does not turn every valid token into a refusal.
     */
    private static HttpsJwks remoteKeySet(String location) {
      Get get = new Get();
      get.setConnectTimeout(REMOTE_TIMEOUT_MILLIS);
      get.setReadTimeout(REMOTE_TIMEOUT_MILLIS);
      get.setRetries(0);
      HttpsJwks jwks = new HttpsJwks(location);
      jwks.setSimpleHttpGet(get);
      jwks.setRetainCacheOnErrorDuration(RETAIN_KEYS_ON_ERROR_SECONDS);
      return jwks;
    }

    /** A {@code file:} URL or a plain path; a URL that does not parse is read as a path. */
    private static Path filePath(String location) {
      if (location.startsWith("file:")) {
        try {
          URI uri = URI.create(location);
          if (uri.getPath() != null && uri.isAbsolute() && !uri.isOpaque()) {
            return Path.of(uri);
          }
        } catch (IllegalArgumentException e) {
          // not a well-formed URL (a space, say): the text after the scheme is the path
        }
        return Path.of(location.substring("file:".length()));
      }
      return Path.of(location);
    }

    static KeySource inline(String text) {
      VerificationKeyResolver resolver = resolverFor(text);
      return () -> resolver;
    }
  }

  /** A JWKS or PEM file, read again when its modification time changes. */
  private static final class FileKeySource implements KeySource {
    private final Path file;
    private FileTime readAt;
    private VerificationKeyResolver resolver;

    FileKeySource(Path file) {
      this.file = file;
    }

    @Override
    public synchronized VerificationKeyResolver resolver() {
      try {
        FileTime modified = Files.getLastModifiedTime(file);
        if (resolver == null || !modified.equals(readAt)) {
          resolver = resolverFor(Files.readString(file, StandardCharsets.UTF_8));
          readAt = modified;
        }
        return resolver;
      } catch (IOException e) {
        throw new UncheckedIOException("The token verification keys cannot be read", e);
      }
    }
  }

  private static VerificationKeyResolver resolverFor(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.startsWith("{")) {
        return new JwksVerificationKeyResolver(new JsonWebKeySet(trimmed).getJsonWebKeys());
      }
      PublicKey key = pemPublicKey(trimmed);
      return (jws, nested) -> key;
    } catch (JoseException | GeneralSecurityException e) {
      throw new IllegalArgumentException("The token verification keys are not a JWKS or PEM", e);
    }
  }

  private static PublicKey pemPublicKey(String pem) throws GeneralSecurityException {
    String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }
}
