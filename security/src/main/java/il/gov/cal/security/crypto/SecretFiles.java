package il.gov.cal.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Local key files for development and test: created owner-only ({@code 600}, in a {@code 700}
 * directory) and refused when others can read them, as ssh does with private keys.
 *
 * <p>Creation is safe against several processes starting at once (three applications in one server,
 * parallel tests): the content is written to a private temporary file and then linked into place,
 * which fails if the file appeared meanwhile; the loser reads the winner's file. On a file system
 * without POSIX permissions the permission checks are skipped.
 */
public final class SecretFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private SecretFiles() {}

  /**
   * The content of a secret file, created from {@code generator} when it does not exist yet.
   *
   * @param file the file
   * @param generator makes the content of a new file
   * @return the file's content
   * @throws UncheckedIOException when the file cannot be read or created
   * @throws IllegalStateException when the file is readable by users other than its owner
   */
  public static byte[] readOrCreate(Path file, Supplier<byte[]> generator) {
    if (!Files.exists(file)) {
      createIfAbsent(file, generator.get());
    }
    return read(file);
  }

  /**
   * Creates a secret file, owner-only, unless it already exists.
   *
   * @param file the file
   * @param content its content
   * @return {@code true} when this call created it, {@code false} when it already existed
   * @throws UncheckedIOException when the file cannot be created
   */
  public static boolean createIfAbsent(Path file, byte[] content) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      createDirectories(dir);
      Path temp =
          POSIX
              ? Files.createTempFile(dir, ".new-", ".tmp", ownerOnly(OWNER_ONLY_FILE))
              : Files.createTempFile(dir, ".new-", ".tmp");
      try {
        Files.write(temp, content);
        Files.createLink(file, temp);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create secret file " + file, e);
    }
  }

  /**
   * Reads a secret file after checking that only its owner can read it.
   *
   * @param file the file
   * @return its content
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalStateException when the file is readable by users other than its owner
   */
  public static byte[] read(Path file) {
    try {
      if (POSIX) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY_FILE.containsAll(permissions)) {
          throw new IllegalStateException(
              "secret file " + file + " is accessible to others; restrict it to mode 600");
        }
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read secret file " + file, e);
    }
  }

  /**
   * Creates a directory and its parents, owner-only where they are new.
   *
   * @param dir the directory
   * @throws IOException when it cannot be created
   */
  static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (POSIX) {
      Files.createDirectories(dir, ownerOnly(OWNER_ONLY_DIRECTORY));
    } else {
      Files.createDirectories(dir);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly(Set<PosixFilePermission> p) {
    return PosixFilePermissions.asFileAttribute(p);
  }
}
