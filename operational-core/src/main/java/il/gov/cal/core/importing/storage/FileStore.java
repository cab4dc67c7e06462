package il.gov.cal.core.importing.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps original files unchanged and gives them back by location. Implementations are thread-safe
 * and stream: no file is ever held in memory whole.
 */
public interface FileStore {

  /**
   * Copies {@code content} to the store to its end, computing its SHA-256 on the way. Does not
   * close {@code content}.
   *
   * @param name the file's name as the client gave it, kept only as a hint in the location
   * @throws IOException if the content cannot be read or stored; nothing is kept then
   */
  StoredFile store(String name, InputStream content) throws IOException;

  /**
   * Opens a stored file for reading from its start; the caller closes the stream.
   *
   * @throws IOException if the file is not there or cannot be read
   */
  InputStream open(String location) throws IOException;

  /**
   * Removes a stored file; used only for a file whose upload turned out to repeat an earlier one.
   *
   * @throws IOException if the file exists and cannot be removed
   */
  void delete(String location) throws IOException;
}
