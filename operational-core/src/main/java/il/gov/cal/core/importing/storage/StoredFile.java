package il.gov.cal.core.importing.storage;

import java.util.Objects;

/**
 * A file kept by a {@link FileStore}.
 *
 * @param location where the store keeps it, in the store's own notation ({@code local:...} or
 *     {@code s3://bucket/key}); opaque to everyone else
 * @param sha256 the SHA-256 of the content, 64 lower-case hex characters
 * @param size the content's length in bytes
 */
public record StoredFile(String location, String sha256, long size) {

  /** Checks that location and digest are present. */
  public StoredFile {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(sha256, "sha256");
  }
}
