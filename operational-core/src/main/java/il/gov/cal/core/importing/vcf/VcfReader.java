package il.gov.cal.core.importing.vcf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The second pass over a file: yields, one at a time and in file order, a typed record or a {@link
 * RecordError} for every data record of the block types it understands (3, 4 and 5). Records of
 * other block types are counted by the structure checks and skipped; {@link #summary()} lists them.
 *
 * <p>Memory does not grow with the file: one line is held at a time. The only exception is the
 * optional unknown-account check, which keeps one token per card account declared in the file.
 *
 * <p>The reader applies the same file-level rules as {@link VcfValidator} and throws {@link
 * VcfFormatException} from {@link #hasNext()} or {@link #next()} when it meets a fault, but by then
 * it has handed out the records before it; run the validator first. Not thread-safe.
 *
 * <pre>{@code
 * try (VcfReader reader = VcfReader.using(tokenizer).open(in, StandardCharsets.UTF_8)) {
 *   while (reader.hasNext()) {
 *     VcfEntry entry = reader.next();
 *     ...
 *   }
 *   VcfFileSummary summary = reader.summary();
 * }
 * }</pre>
 */
public final class VcfReader implements Iterator<VcfEntry>, Closeable {

  private final LineSource lines;
  private final VcfStructure structure = new VcfStructure();
  private final RecordMapper mapper;
  private VcfEntry pending;
  private VcfFileSummary summary;
  private VcfFormatException failure;

  private VcfReader(LineSource lines, RecordMapper mapper) {
    this.lines = lines;
    this.mapper = mapper;
  }

  /** Starts configuring a reader that tokenizes card numbers with {@code tokenizer}. */
  public static Builder using(CardTokenizer tokenizer) {
    return new Builder(Objects.requireNonNull(tokenizer, "tokenizer"));
  }

  /** The transmission header, read and checked when the reader was opened. */
  public TransmissionHeader header() {
    return structure.header();
  }

  /**
   * Whether another entry follows; reads ahead up to the next data record.
   *
   * @throws VcfFormatException if the file breaks a file-level rule before the next entry
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (summary != null) {
      return false;
    }
    if (failure != null) {
      throw failure;
    }
    try {
      return readAhead();
    } catch (VcfFormatException e) {
      failure = e;
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the card file", e);
    }
  }

  private boolean readAhead() throws IOException {
    String text;
    while ((text = lines.next()) != null) {
      VcfLine line = VcfLine.parse(lines.lineNumber(), text);
      VcfRecordKind kind = structure.accept(line);
      if (kind != null && kind.isData()) {
        pending = mapper.map(line, kind);
        return true;
      }
    }
    summary = structure.finish(lines.lineNumber());
    return false;
  }

  /**
   * The next record or record error.
   *
   * @throws NoSuchElementException after the last entry
   * @throws VcfFormatException if the file breaks a file-level rule before the next entry
   */
  @Override
  public VcfEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    VcfEntry entry = pending;
    pending = null;
    return entry;
  }

  /** The remaining entries as a sequential stream; closing the stream does not close the file. */
  public Stream<VcfEntry> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * What the file held, once every entry has been read.
   *
   * @throws IllegalStateException if entries remain
   */
  public VcfFileSummary summary() {
    if (summary == null) {
      throw new IllegalStateException("the summary is known once every entry has been read");
    }
    return summary;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  private void readHeader() throws IOException {
    String first = lines.next();
    if (first == null) {
      throw new VcfFormatException(1, "empty file: no transmission header");
    }
    structure.accept(VcfLine.parse(lines.lineNumber(), first));
  }

  /** Configures and opens a {@link VcfReader}. */
  public static final class Builder {

    private final CardTokenizer tokenizer;
    private KnownAccounts knownAccounts = KnownAccounts.unchecked();

    private Builder(CardTokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    /**
     * Rejects a transaction whose card account is neither declared in a type-3 block earlier in the
     * same file nor accepted by {@code knownElsewhere} (given the card token; typically a look-up
     * of cards already stored). Without this, transactions are not checked against accounts.
     */
    public Builder rejectUnknownAccounts(Predicate<String> knownElsewhere) {
      this.knownAccounts =
          KnownAccounts.declaredInFileOr(Objects.requireNonNull(knownElsewhere, "knownElsewhere"));
      return this;
    }

    /** Rejects a transaction whose card account is not declared in the same file. */
    public Builder rejectAccountsNotDeclaredInFile() {
      return rejectUnknownAccounts(token -> false);
    }

    /**
     * Opens {@code source} and reads its transmission header. The reader owns {@code source} and
     * closes it on {@link VcfReader#close()}, or at once if the header is rejected.
     *
     * @throws VcfFormatException if the first line is not a valid transmission header
     * @throws IOException if reading fails
     */
    public VcfReader open(Reader source) throws IOException {
      VcfReader reader =
          new VcfReader(new LineSource(source), new RecordMapper(tokenizer, knownAccounts));
      try {
        reader.readHeader();
        return reader;
      } catch (RuntimeException | IOException e) {
        reader.close();
        throw e;
      }
    }

    /** {@link #open(Reader)} over bytes in {@code charset}. */
    public VcfReader open(InputStream source, Charset charset) throws IOException {
      return open(new InputStreamReader(source, charset));
    }
  }
}
