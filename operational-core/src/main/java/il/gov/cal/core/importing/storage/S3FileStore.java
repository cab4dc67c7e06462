package il.gov.cal.core.importing.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Keeps files in an S3 bucket, each object encrypted at rest with the configured KMS key (SSE-KMS)
 * and tagged with its SHA-256 as object metadata. For beta and prod.
 *
 * <p>The upload is first spooled to a temporary local file: S3 needs the length before the first
 * byte, and the digest is known only at the end. The temporary file is deleted whatever happens.
 *
 * <p>{@code S3FileStoreTest} runs it through the real AWS SDK client against a simulator of S3 at
 * the SDK's HTTP layer: a file comes back byte-identical with the digest {@code store} returned,
 * every PutObject asks for SSE-KMS with the configured key and carries the digest as metadata,
 * uploads without them are refused as a bucket policy requiring SSE-KMS refuses them, a deleted or
 * missing object and a location outside the bucket are an {@link IOException}, and no spool file is
 * left after a failed upload. Not tested: a real bucket policy, the KMS key policy and grants of
 * the application's role, and the key ARN S3 reports back; a wrong one of those shows up only in
 * beta.
 */
public final class S3FileStore implements FileStore {

  private static final String SCHEME = "s3://";

  private final S3Client s3;
  private final String bucket;
  private final String kmsKeyId;
  private final Path spoolDir;

  /**
   * A store writing to {@code bucket} with {@code s3}, spooling uploads in {@code java.io.tmpdir}.
   *
   * @param kmsKeyId the KMS key id or ARN every object is encrypted with
   */
  public S3FileStore(S3Client s3, String bucket, String kmsKeyId) {
    this(s3, bucket, kmsKeyId, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** A store spooling uploads in {@code spoolDir}, so that a test can see what is left there. */
  S3FileStore(S3Client s3, String bucket, String kmsKeyId, Path spoolDir) {
    this.s3 = s3;
    this.bucket = bucket;
    this.kmsKeyId = kmsKeyId;
    this.spoolDir = spoolDir;
  }

  @Override
  public StoredFile store(String name, InputStream content) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String key = "issuer-files/" + today + "/" + UUID.randomUUID() + ".tsv";
    Path spool = Files.createTempFile(spoolDir, "cal-upload-", ".tsv");
    try {
      StoredFile stored;
      try (OutputStream out = Files.newOutputStream(spool)) {
        stored = Sha256Copy.copy(content, out, SCHEME + bucket + "/" + key);
      }
      PutObjectRequest put =
          PutObjectRequest.builder()
              .bucket(bucket)
              .key(key)
              .serverSideEncryption(ServerSideEncryption.AWS_KMS)
              .ssekmsKeyId(kmsKeyId)
              .metadata(java.util.Map.of("sha256", stored.sha256()))
              .build();
      s3.putObject(put, RequestBody.fromFile(spool));
      return stored;
    } catch (SdkException e) {
      throw new IOException("could not store the file in bucket " + bucket, e);
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  @Override
  public InputStream open(String location) throws IOException {
    try {
      return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key(location)).build());
    } catch (SdkException e) {
      throw new IOException("could not read " + location, e);
    }
  }

  @Override
  public void delete(String location) throws IOException {
    try {
      s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key(location)).build());
    } catch (SdkException e) {
      throw new IOException("could not delete " + location, e);
    }
  }

  private String key(String location) throws IOException {
    String prefix = SCHEME + bucket + "/";
    if (!location.startsWith(prefix)) {
      throw new IOException("not a location in bucket " + bucket + ": " + location);
    }
    return location.substring(prefix.length());
  }
}
