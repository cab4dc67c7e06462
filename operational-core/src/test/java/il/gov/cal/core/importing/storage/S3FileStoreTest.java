package il.gov.cal.core.importing.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link S3FileStore} through the real AWS SDK client, against {@link S3Simulator} in place of S3:
 * what is proven here is the store's use of the S3 API, not a real bucket policy or KMS grant.
 */
class S3FileStoreTest {

  private static final String BUCKET = "cal-issuer-files-test";
  private static final String KMS_KEY =
      "arn:aws:kms:eu-central-1:111122223333:key/0b7e5a7c-3f1e-4d7a-9a55-5b0e8d1c2f40";

  @TempDir Path spoolDir;

  private final S3Simulator simulator = new S3Simulator(BUCKET, KMS_KEY);
  private final S3Client client =
      S3Client.builder()
          .region(Region.EU_CENTRAL_1)
          .credentialsProvider(
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create("AKIAEXAMPLEONLY", "example-only-not-a-key")))
          .httpClient(simulator)
          .build();

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void storedFileComesBackByteIdenticalWithTheDigestStoreReturned() throws Exception {
    byte[] content = randomBytes(300_000);
    S3FileStore store = store(KMS_KEY);

    StoredFile stored = store.store("statement.tsv", new ByteArrayInputStream(content));

    assertThat(stored.sha256()).isEqualTo(sha256(content));
    assertThat(stored.size()).isEqualTo(content.length);
    assertThat(stored.location()).startsWith("s3://" + BUCKET + "/issuer-files/").endsWith(".tsv");
    try (InputStream in = store.open(stored.location())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    String key = stored.location().substring(("s3://" + BUCKET + "/").length());
    assertThat(simulator.object(key).orElseThrow().headers()).containsKey("x-amz-checksum-crc32");
  }

  @Test
  void everyPutObjectCarriesSseKmsWithTheConfiguredKey() throws Exception {
    S3FileStore store = store(KMS_KEY);

    store.store("a.tsv", new ByteArrayInputStream(randomBytes(10)));
    store.store("b.tsv", new ByteArrayInputStream(new byte[0]));

    List<S3Simulator.Request> puts =
        simulator.requests().stream().filter(r -> r.method() == SdkHttpMethod.PUT).toList();
    assertThat(puts).hasSize(2);
    assertThat(puts)
        .allSatisfy(
            put -> {
              assertThat(put.header("x-amz-server-side-encryption")).isEqualTo("aws:kms");
              assertThat(put.header("x-amz-server-side-encryption-aws-kms-key-id"))
                  .isEqualTo(KMS_KEY);
            });
  }

  @Test
  void objectMetadataHoldsTheSha256() throws Exception {
    byte[] content = "ACCOUNT\tAMOUNT\n4000123\t1250\n".getBytes();

    StoredFile stored = store(KMS_KEY).store("s.tsv", new ByteArrayInputStream(content));

    String key = stored.location().substring(("s3://" + BUCKET + "/").length());
    try (ResponseInputStream<GetObjectResponse> object =
        client.getObject(GetObjectRequest.builder().bucket(BUCKET).key(key).build())) {
      assertThat(object.response().metadata()).containsEntry("sha256", sha256(content));
      assertThat(object.response().ssekmsKeyId()).isEqualTo(KMS_KEY);
    }
    assertThat(simulator.object(key).orElseThrow().headers())
        .containsEntry("x-amz-meta-sha256", stored.sha256());
  }

  @Test
  void deletedFileIsGoneSoALaterOpenFailsWithIOException() throws Exception {
    S3FileStore store = store(KMS_KEY);
    StoredFile stored = store.store("d.tsv", new ByteArrayInputStream(randomBytes(64)));

    store.delete(stored.location());

    String key = stored.location().substring(("s3://" + BUCKET + "/").length());
    assertThat(simulator.object(key)).isEmpty();
    assertThatThrownBy(() -> store.open(stored.location()))
        .isInstanceOf(IOException.class)
        .hasCauseInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void locationOutsideTheBucketIsRefusedWithoutAnyRequest() {
    S3FileStore store = store(KMS_KEY);

    for (String location :
        List.of(
            "s3://other-bucket/issuer-files/x.tsv",
            "s3://" + BUCKET + "-shadow/issuer-files/x.tsv",
            "local:issuer-files/x.tsv")) {
      assertThatThrownBy(() -> store.open(location))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("not a location in bucket " + BUCKET);
      assertThatThrownBy(() -> store.delete(location)).isInstanceOf(IOException.class);
    }
    assertThat(simulator.requests()).isEmpty();
  }

  @Test
  void refusedUploadKeepsNothingAndLeavesNoSpoolFile() throws Exception {
    S3FileStore store = store("arn:aws:kms:eu-central-1:111122223333:key/another-key");

    assertThatThrownBy(() -> store.store("r.tsv", new ByteArrayInputStream(randomBytes(1000))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(BUCKET)
        .cause()
        .isInstanceOf(S3Exception.class)
        .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));

    assertThat(simulator.requests()).hasSize(1);
    assertThat(simulator.object(simulator.requests().get(0).key())).isEmpty();
    assertThat(spoolFiles()).isEmpty();
  }

  @Test
  void unreadableContentLeavesNoSpoolFileAndSendsNothing() throws IOException {
    InputStream failing =
        new InputStream() {
          private int left = 5000;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw new IOException("connection reset by the client");
            }
            return 'x';
          }
        };

    assertThatThrownBy(() -> store(KMS_KEY).store("u.tsv", failing))
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset by the client");

    assertThat(simulator.requests()).isEmpty();
    assertThat(spoolFiles()).isEmpty();
  }

  @Test
  void simulatorRefusesAnUploadWithoutSseKmsAsTheBucketPolicyWould() {
    PutObjectRequest plain = PutObjectRequest.builder().bucket(BUCKET).key("k.tsv").build();

    assertThatThrownBy(() -> client.putObject(plain, RequestBody.fromString("x")))
        .isInstanceOf(S3Exception.class)
        .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403))
        .satisfies(
            e ->
                assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                    .isEqualTo("AccessDenied"));
    assertThat(simulator.object("k.tsv")).isEmpty();
  }

  private S3FileStore store(String kmsKeyId) {
    return new S3FileStore(client, BUCKET, kmsKeyId, spoolDir);
  }

  private List<Path> spoolFiles() throws IOException {
    try (Stream<Path> files = Files.list(spoolDir)) {
      return files.toList();
    }
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
