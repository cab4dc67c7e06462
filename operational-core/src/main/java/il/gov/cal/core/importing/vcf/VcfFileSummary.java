package il.gov.cal.core.importing.vcf;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a structurally valid file: its header, what each block record type held, and its
 * length in lines. Produced by {@link VcfValidator} and, at the end, by {@link VcfReader}.
 *
 * @param header the transmission header
 * @param blockTypes one entry per block record type present, in ascending type order
 * @param lines the number of lines read, trailing empty lines included
 */
public record VcfFileSummary(
    TransmissionHeader header, List<BlockTypeSummary> blockTypes, int lines) {

  /** Copies the list and checks the header is present. */
  public VcfFileSummary {
    Objects.requireNonNull(header, "header");
    blockTypes = List.copyOf(blockTypes);
  }

  /** How many data records of {@code kind} the file holds, rejected ones included. */
  public long records(VcfRecordKind kind) {
    return blockTypes.stream()
        .filter(summary -> summary.blockType() == kind.blockType())
        .mapToLong(BlockTypeSummary::records)
        .sum();
  }

  /** The control total of the blocks holding {@code kind}, in minor units. */
  public long controlTotal(VcfRecordKind kind) {
    return blockTypes.stream()
        .filter(summary -> summary.blockType() == kind.blockType())
        .mapToLong(BlockTypeSummary::controlTotal)
        .sum();
  }
}
