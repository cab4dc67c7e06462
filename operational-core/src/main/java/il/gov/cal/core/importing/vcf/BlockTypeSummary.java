package il.gov.cal.core.importing.vcf;

import java.util.Optional;

/**
 * What a file held of one block record type, added up over all its blocks of that type.
 *
 * @param blockType the record type named by the block headers (3, 4, 5, ...)
 * @param blocks how many blocks of the type the file has
 * @param records how many data records those blocks hold, rejected records included
 * @param controlTotal the sum of the trailers' control totals, in minor units of whatever
 *     currencies the amounts are in; 0 for types without amounts
 */
public record BlockTypeSummary(int blockType, int blocks, long records, long controlTotal) {

  /**
   * The kind of data record this reader makes of the type; empty for types it does not read, whose
   * records are checked for count only and then skipped.
   */
  public Optional<VcfRecordKind> kind() {
    return VcfRecordKind.ofBlockType(blockType);
  }
}
