package il.gov.cal.core.importing.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a stream while computing its SHA-256, for the stores. */
final class Sha256Copy {

  private Sha256Copy() {}

  /** Copies {@code from} into {@code to} and returns the digest and byte count. */
  static StoredFile copy(InputStream from, OutputStream to, String location) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
    long size = new DigestInputStream(from, digest).transferTo(to);
    return new StoredFile(location, HexFormat.of().formatHex(digest.digest()), size);
  }
}
