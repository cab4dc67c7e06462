package il.gov.cal.core.importing.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.CRC32;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * A simulator of S3 at the AWS SDK's HTTP layer, for what {@link S3FileStore} uses: PutObject,
 * GetObject and DeleteObject on one bucket whose policy requires SSE-KMS with one key. Handed to
 * {@code S3Client.builder().httpClient(...)}, it lets the real SDK client marshal, sign, checksum
 * and unmarshal every call, and answers as S3 does: objects kept in memory by bucket and key;
 * {@code 404 NoSuchKey} or {@code NoSuchBucket} as S3's XML error document; DeleteObject {@code
 * 204} whether or not the key exists; a KMS key id without {@code x-amz-server-side-encryption:
 * aws:kms} refused {@code 400 InvalidArgument}; an upload without SSE-KMS or with another key
 * refused {@code 403 AccessDenied}, as a bucket policy denying such uploads does; {@code
 * aws-chunked} bodies decoded and a CRC32 trailer checked ({@code 400 BadDigest}); metadata,
 * encryption headers given back on GetObject, and the upload's checksum too when asked for with
 * {@code x-amz-checksum-mode: ENABLED}. Every request is recorded.
 *
 * <p>Not modelled: signature verification (an {@code Authorization} header is required, its
 * signature is not checked), IAM and KMS themselves (the key is a string compared as given, never
 * resolved to an ARN, and no grant is checked), other operations (answered {@code 501
 * NotImplemented}), range reads, conditional requests, versioning, multipart uploads, throttling
 * and the eventual consistency of listings.
 */
final class S3Simulator implements SdkHttpClient {

  /** One request as the SDK sent it; header names lower-cased, body length as sent. */
  record Request(
      SdkHttpMethod method, String bucket, String key, Map<String, String> headers, int bodySize) {

    /** The value of header {@code name} (lower case), or null. */
    String header(String name) {
      return headers.get(name);
    }
  }

  /** One stored object: its bytes and the headers S3 gives back with it. */
  record StoredObject(byte[] content, Map<String, String> headers) {}

  private static final String SSE = "x-amz-server-side-encryption";
  private static final String SSE_KEY = "x-amz-server-side-encryption-aws-kms-key-id";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final String bucket;
  private final String requiredKmsKeyId;
  private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** A simulator holding the one empty {@code bucket}, whose policy requires that KMS key. */
  S3Simulator(String bucket, String requiredKmsKeyId) {
    this.bucket = bucket;
    this.requiredKmsKeyId = requiredKmsKeyId;
  }

  /** Every request received so far, in order. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The object under {@code key}, if there is one. */
  Optional<StoredObject> object(String key) {
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        return handle(request);
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public void close() {}

  @Override
  public String clientName() {
    return "S3Simulator";
  }

  private HttpExecuteResponse handle(HttpExecuteRequest execute) throws IOException {
    SdkHttpRequest http = execute.httpRequest();
    Map<String, String> headers = new TreeMap<>();
    http.forEachHeader((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
    byte[] body = new byte[0];
    if (execute.contentStreamProvider().isPresent()) {
      try (InputStream in = execute.contentStreamProvider().get().newStream()) {
        body = in.readAllBytes();
      }
    }
    String[] target = bucketAndKey(http);
    requests.add(
        new Request(http.method(), target[0], target[1], Map.copyOf(headers), body.length));

    if (headers.get("authorization") == null
        || !headers.get("authorization").startsWith("AWS4-HMAC-SHA256 ")) {
      return error(403, "AccessDenied", "Access Denied");
    }
    if (!bucket.equals(target[0])) {
      return error(404, "NoSuchBucket", "The specified bucket does not exist");
    }
    if (target[1].isEmpty() || !http.rawQueryParameters().isEmpty()) {
      return error(501, "NotImplemented", "Not modelled by the simulator");
    }
    return switch (http.method()) {
      case PUT -> put(target[1], headers, body);
      case GET -> get(target[1], headers);
      case DELETE -> {
        objects.remove(target[1]);
        yield response(204, Map.of(), new byte[0]);
      }
      default -> error(501, "NotImplemented", "Not modelled by the simulator");
    };
  }

  private HttpExecuteResponse put(String key, Map<String, String> headers, byte[] body) {
    String sse = headers.get(SSE);
    String kmsKeyId = headers.get(SSE_KEY);
    if (kmsKeyId != null && !"aws:kms".equals(sse)) {
      return error(
          400,
          "InvalidArgument",
          "Server Side Encryption with AWS KMS managed key requires HTTP header "
              + "x-amz-server-side-encryption : aws:kms");
    }
    if (!"aws:kms".equals(sse) || !requiredKmsKeyId.equals(kmsKeyId)) {
      return error(403, "AccessDenied", "Access Denied");
    }
    Map<String, String> trailer = new LinkedHashMap<>();
    byte[] content = body;
    String encoding = headers.getOrDefault("content-encoding", "");
    if (encoding.contains("aws-chunked")) {
      content = decodeAwsChunked(body, trailer);
      String declared = headers.get("x-amz-decoded-content-length");
      if (content == null || declared == null || Long.parseLong(declared) != content.length) {
        return error(400, "IncompleteBody", "The request body is not what its headers announce");
      }
    }
    Map<String, String> kept = new LinkedHashMap<>();
    headers.forEach(
        (name, value) -> {
          if (name.startsWith("x-amz-meta-") || name.startsWith("x-amz-checksum-")) {
            kept.put(name, value);
          }
        });
    kept.putAll(trailer);
    String crc32 = kept.get("x-amz-checksum-crc32");
    if (crc32 != null && !crc32.equals(crc32(content))) {
      return error(400, "BadDigest", "The CRC32 you specified did not match the calculated one");
    }
    kept.remove("x-amz-checksum-algorithm");
    kept.put(SSE, sse);
    kept.put(SSE_KEY, kmsKeyId);
    kept.put("etag", "\"" + md5(content) + "\"");
    kept.put("last-modified", HTTP_DATE.format(Instant.now()));
    kept.put("content-type", headers.getOrDefault("content-type", "binary/octet-stream"));
    objects.put(key, new StoredObject(content, Map.copyOf(kept)));

    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("ETag", kept.get("etag"));
    answer.put(SSE, sse);
    answer.put(SSE_KEY, kmsKeyId);
    kept.keySet().stream()
        .filter(name -> name.startsWith("x-amz-checksum-"))
        .forEach(name -> answer.put(name, kept.get(name)));
    return response(200, answer, new byte[0]);
  }

  private HttpExecuteResponse get(String key, Map<String, String> headers) {
    StoredObject object = objects.get(key);
    if (object == null) {
      return error(404, "NoSuchKey", "The specified key does not exist.");
    }
    boolean checksumMode = "ENABLED".equalsIgnoreCase(headers.get("x-amz-checksum-mode"));
    Map<String, String> answer = new LinkedHashMap<>();
    object
        .headers()
        .forEach(
            (name, value) -> {
              if (checksumMode || !name.startsWith("x-amz-checksum-")) {
                answer.put(name, value);
              }
            });
    answer.put("Content-Length", Integer.toString(object.content().length));
    return response(200, answer, object.content());
  }

  /** Bucket and key of a virtual-hosted ({@code bucket.s3.region...}) or path-style request. */
  private static String[] bucketAndKey(SdkHttpRequest http) {
    String path = http.encodedPath().startsWith("/") ? http.encodedPath().substring(1) : "";
    String host = http.host();
    int s3 = host.indexOf(".s3.");
    if (s3 > 0) {
      return new String[] {host.substring(0, s3), SdkHttpUtils.urlDecode(path)};
    }
    int slash = path.indexOf('/');
    return slash < 0
        ? new String[] {path, ""}
        : new String[] {
          path.substring(0, slash), SdkHttpUtils.urlDecode(path.substring(slash + 1))
        };
  }

  /** The payload of an {@code aws-chunked} body, its trailing headers put in {@code trailer}. */
  private static byte[] decodeAwsChunked(byte[] body, Map<String, String> trailer) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int eol = indexOfCrlf(body, at);
      if (eol < 0) {
        return null;
      }
      String sizeLine = new String(body, at, eol - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
      at = eol + 2;
      if (size == 0) {
        break;
      }
      if (at + size + 2 > body.length) {
        return null;
      }
      out.write(body, at, size);
      at += size + 2;
    }
    while (at < body.length) {
      int eol = indexOfCrlf(body, at);
      if (eol < 0 || eol == at) {
        break;
      }
      String line = new String(body, at, eol - at, StandardCharsets.US_ASCII);
      int colon = line.indexOf(':');
      if (colon > 0) {
        trailer.put(
            line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
      }
      at = eol + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String crc32(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    long value = crc.getValue();
    byte[] bytes = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String md5(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is unavailable", e);
    }
  }

  private HttpExecuteResponse error(int status, String code, String message) {
    String requestId = UUID.randomUUID().toString();
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message><RequestId>"
            + requestId
            + "</RequestId><HostId>simulated</HostId></Error>";
    return response(
        status,
        Map.of("Content-Type", "application/xml", "x-amz-request-id", requestId),
        xml.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpExecuteResponse response(
      int status, Map<String, String> headers, byte[] body) {
    SdkHttpFullResponse.Builder response = SdkHttpFullResponse.builder().statusCode(status);
    headers.forEach(response::putHeader);
    if (!headers.containsKey("Content-Length")) {
      response.putHeader("Content-Length", Integer.toString(body.length));
    }
    return HttpExecuteResponse.builder()
        .response(response.build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
        .build();
  }
}
