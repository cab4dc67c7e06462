package il.gov.cal.core.importing.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps files in a directory on local disk, one folder per upload day: {@code
 * <dir>/2025/03/01/<uuid>.tsv}. A file is written under a temporary name and renamed once complete,
 * so a crash mid-upload never leaves a partial file under a real location. For dev and test, where
 * the directory is the platform's state directory.
 */
public final class LocalDiskFileStore implements FileStore {

  private static final String SCHEME = "local:";

  private final Path root;

  /** A store rooted at {@code root}, created if missing. */
  public LocalDiskFileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public StoredFile store(String name, InputStream content) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String relative =
        String.format(
            "%04d/%02d/%02d/%s.tsv",
            today.getYear(), today.getMonthValue(), today.getDayOfMonth(), UUID.randomUUID());
    Path target = root.resolve(relative);
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      StoredFile stored = Sha256Copy.copy(content, out, SCHEME + relative);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return stored;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public InputStream open(String location) throws IOException {
    return Files.newInputStream(resolve(location));
  }

  @Override
  public void delete(String location) throws IOException {
    Files.deleteIfExists(resolve(location));
  }

  private Path resolve(String location) throws IOException {
    if (!location.startsWith(SCHEME)) {
      throw new IOException("not a local file location: " + location);
    }
    Path path = root.resolve(location.substring(SCHEME.length())).normalize();
    if (!path.startsWith(root)) {
      throw new IOException("location outside the store: " + location);
    }
    return path;
  }
}
