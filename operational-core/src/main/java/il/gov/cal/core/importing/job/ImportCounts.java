package il.gov.cal.core.importing.job;

/**
 * What the second pass did with the data records it read: each is accepted (applied), rejected on
 * its own, or a duplicate (a transaction whose reference is already stored), so {@code read =
 * accepted + rejected + duplicates}.
 *
 * @param read data records read
 * @param accepted records applied
 * @param rejected records rejected, each with its line and reason
 * @param duplicates transactions already stored
 */
public record ImportCounts(long read, long accepted, long rejected, long duplicates) {

  /** Nothing yet. */
  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

  /** These counts plus {@code other}. */
  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        read + other.read,
        accepted + other.accepted,
        rejected + other.rejected,
        duplicates + other.duplicates);
  }
}
