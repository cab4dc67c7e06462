package il.gov.cal.core.importing.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Produces the one {@link FileStore} of the application from configuration:
 *
 * <ul>
 *   <li>{@code cal.files.store}: {@code local} (default) or {@code s3};
 *   <li>{@code cal.files.local-dir}: the local store's directory, default {@code
 *       ${java.io.tmpdir}/cal-files};
 *   <li>{@code cal.files.s3.bucket}, {@code cal.files.s3.kms-key-id}: bucket and KMS key, required
 *       for {@code s3};
 *   <li>{@code cal.files.s3.region}: the bucket's region; the SDK's default chain when absent.
 * </ul>
 */
@ApplicationScoped
public class FileStores {

  private final FileStore store;

  /** Reads the configuration; fails deployment if the S3 store lacks its bucket or key. */
  @Inject
  public FileStores(
      @ConfigProperty(name = "cal.files.store", defaultValue = "local") String kind,
      @ConfigProperty(name = "cal.files.local-dir") Optional<String> localDir,
      @ConfigProperty(name = "cal.files.s3.bucket") Optional<String> bucket,
      @ConfigProperty(name = "cal.files.s3.kms-key-id") Optional<String> kmsKeyId,
      @ConfigProperty(name = "cal.files.s3.region") Optional<String> region) {
    this.store =
        switch (kind) {
          case "local" ->
              new LocalDiskFileStore(
                  Path.of(
                      localDir.orElse(
                          Path.of(System.getProperty("java.io.tmpdir"), "cal-files").toString())));
          case "s3" ->
              new S3FileStore(
                  s3Client(region),
                  bucket.orElseThrow(() -> missing("cal.files.s3.bucket")),
                  kmsKeyId.orElseThrow(() -> missing("cal.files.s3.kms-key-id")));
          default ->
              throw new IllegalStateException("cal.files.store must be local or s3, not " + kind);
        };
  }

  /** Required by CDI for the client proxy; never used to serve. */
  protected FileStores() {
    this.store = null;
  }

  /** The configured store. */
  @Produces
  public FileStore fileStore() {
    return store;
  }

  private static S3Client s3Client(Optional<String> region) {
    S3ClientBuilder builder = S3Client.builder();
    region.map(Region::of).ifPresent(builder::region);
    return builder.build();
  }

  private static IllegalStateException missing(String key) {
    return new IllegalStateException(key + " is required when cal.files.store=s3");
  }
}
