package il.gov.cal.core.importing.vcf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file-level rules, checked one line at a time in constant memory: one transmission header
 * first, blocks that open and close in step, trailers whose count and control total match their
 * block, one transmission trailer last. Shared by {@link VcfValidator} and {@link VcfReader} so
 * that both passes apply exactly the same rules.
 *
 * <p>The control total is the unsigned sum of the block's control-amount field (for transactions,
 * the billing amount) over the records where that field is a whole number. A record whose amount is
 * not a number adds nothing and is rejected on its own by the reader; it still counts as a record.
 */
final class VcfStructure {

  static final String SUPPORTED_VERSION = "4.0";

  private enum State {
    EXPECT_HEADER,
    BETWEEN_BLOCKS,
    IN_BLOCK,
    ENDED
  }

  private State state = State.EXPECT_HEADER;
  private TransmissionHeader header;
  private final Map<Integer, long[]> totalsByType = new TreeMap<>();

  private int blockType;
  private VcfRecordKind blockKind;
  private VcfField blockControlField;
  private int blockHeaderLine;
  private long blockRecords;
  private long blockTotal;

  /**
   * Checks one line.
   *
   * @return the kind of the line: a control record kind, a data kind for a data record in a block
   *     this reader understands, or {@code null} for a data record in a block of another type
   * @throws VcfFormatException if the line breaks a file-level rule
   */
  VcfRecordKind accept(VcfLine line) {
    if (line.isBlank()) {
      if (state == State.ENDED) {
        return null;
      }
      throw new VcfFormatException(line.number(), "empty line");
    }
    String code = line.recordCode();
    return switch (state) {
      case EXPECT_HEADER -> acceptFirst(line, code);
      case BETWEEN_BLOCKS -> acceptBetweenBlocks(line, code);
      case IN_BLOCK -> acceptInBlock(line, code);
      case ENDED ->
          throw new VcfFormatException(line.number(), "record after the transmission trailer");
    };
  }

  /**
   * Checks that the file ended where it may end.
   *
   * @param lastLine the number of the last line read
   * @throws VcfFormatException at {@code lastLine + 1} if the file ended early
   */
  VcfFileSummary finish(int lastLine) {
    int endOfFile = lastLine + 1;
    return switch (state) {
      case EXPECT_HEADER ->
          throw new VcfFormatException(endOfFile, "empty file: no transmission header");
      case IN_BLOCK ->
          throw new VcfFormatException(
              endOfFile,
              "file ends inside the block of record type "
                  + blockType
                  + " opened at line "
                  + blockHeaderLine
                  + ": no block trailer (truncated file)");
      case BETWEEN_BLOCKS ->
          throw new VcfFormatException(
              endOfFile, "file ends without a transmission trailer (record 7): truncated file");
      case ENDED -> new VcfFileSummary(header, blockTypeSummaries(), lastLine);
    };
  }

  TransmissionHeader header() {
    return header;
  }

  private VcfRecordKind acceptFirst(VcfLine line, String code) {
    if (!code.equals(VcfRecordKind.TRANSMISSION_HEADER.recordCode())) {
      throw new VcfFormatException(
          line.number(),
          "a file starts with a transmission header (record 6), found record code "
              + Redaction.quote(code));
    }
    requireFieldCount(line, VcfRecordKind.TRANSMISSION_HEADER);
    String version = line.get(VcfField.HEADER_VERSION);
    if (!version.equals(SUPPORTED_VERSION)) {
      throw new VcfFormatException(
          line.number(),
          "transmission header has version "
              + Redaction.quote(version)
              + "; only "
              + SUPPORTED_VERSION
              + " is read");
    }
    String companyId = line.get(VcfField.HEADER_COMPANY_ID);
    if (companyId.isEmpty()) {
      throw new VcfFormatException(line.number(), "transmission header has no company id");
    }
    String dateText = line.get(VcfField.HEADER_PROCESSING_DATE);
    LocalDate processingDate = VcfValues.date(dateText);
    if (processingDate == null) {
      throw new VcfFormatException(
          line.number(),
          "transmission header processing date "
              + Redaction.quote(dateText)
              + " is not a date in MMDDCCYY form");
    }
    header =
        new TransmissionHeader(
            companyId, line.get(VcfField.HEADER_SEQUENCE), processingDate, version);
    state = State.BETWEEN_BLOCKS;
    return VcfRecordKind.TRANSMISSION_HEADER;
  }

  private VcfRecordKind acceptBetweenBlocks(VcfLine line, String code) {
    if (code.equals(VcfRecordKind.BLOCK_HEADER.recordCode())) {
      openBlock(line);
      return VcfRecordKind.BLOCK_HEADER;
    }
    if (code.equals(VcfRecordKind.TRANSMISSION_TRAILER.recordCode())) {
      requireFieldCount(line, VcfRecordKind.TRANSMISSION_TRAILER);
      requireCompany(line, VcfField.TRAILER_COMPANY_ID, "transmission trailer");
      state = State.ENDED;
      return VcfRecordKind.TRANSMISSION_TRAILER;
    }
    if (code.equals(VcfRecordKind.DATA_RECORD_CODE)) {
      throw new VcfFormatException(line.number(), "data record outside a block");
    }
    if (code.equals(VcfRecordKind.BLOCK_TRAILER.recordCode())) {
      throw new VcfFormatException(line.number(), "block trailer without a block header");
    }
    throw unexpected(line, code, "between blocks");
  }

  private VcfRecordKind acceptInBlock(VcfLine line, String code) {
    if (code.equals(VcfRecordKind.DATA_RECORD_CODE)) {
      countRecord(line);
      return blockKind;
    }
    if (code.equals(VcfRecordKind.BLOCK_TRAILER.recordCode())) {
      closeBlock(line);
      return VcfRecordKind.BLOCK_TRAILER;
    }
    if (code.equals(VcfRecordKind.BLOCK_HEADER.recordCode())
        || code.equals(VcfRecordKind.TRANSMISSION_TRAILER.recordCode())) {
      throw new VcfFormatException(
          line.number(),
          "record "
              + code
              + " inside the block opened at line "
              + blockHeaderLine
              + ": that block has no trailer");
    }
    throw unexpected(line, code, "inside a block");
  }

  private void openBlock(VcfLine line) {
    requireFieldCount(line, VcfRecordKind.BLOCK_HEADER);
    requireCompany(line, VcfField.BLOCK_HEADER_COMPANY_ID, "block header");
    blockType = recordType(line, VcfField.BLOCK_HEADER_RECORD_TYPE, "block header");
    blockKind = VcfRecordKind.ofBlockType(blockType).orElse(null);
    blockControlField = blockKind == null ? null : blockKind.controlAmountField().orElse(null);
    blockHeaderLine = line.number();
    blockRecords = 0;
    blockTotal = 0;
    state = State.IN_BLOCK;
  }

  private void countRecord(VcfLine line) {
    blockRecords++;
    if (blockControlField != null) {
      long amount = VcfValues.unsignedDigits(line.get(blockControlField));
      if (amount > 0) {
        try {
          blockTotal = Math.addExact(blockTotal, amount);
        } catch (ArithmeticException e) {
          throw new VcfFormatException(line.number(), "block control total overflows");
        }
      }
    }
  }

  private void closeBlock(VcfLine line) {
    requireFieldCount(line, VcfRecordKind.BLOCK_TRAILER);
    requireCompany(line, VcfField.BLOCK_TRAILER_COMPANY_ID, "block trailer");
    int trailerType = recordType(line, VcfField.BLOCK_TRAILER_RECORD_TYPE, "block trailer");
    if (trailerType != blockType) {
      throw new VcfFormatException(
          line.number(),
          "block trailer is for record type "
              + trailerType
              + " but the block opened at line "
              + blockHeaderLine
              + " holds record type "
              + blockType);
    }
    long count = trailerNumber(line, VcfField.BLOCK_TRAILER_RECORD_COUNT);
    if (count != blockRecords) {
      throw new VcfFormatException(
          line.number(),
          "block trailer record count "
              + count
              + " does not match the "
              + blockRecords
              + " records of the block opened at line "
              + blockHeaderLine);
    }
    long total = blockTotal;
    if (blockControlField != null) {
      long declared = trailerNumber(line, VcfField.BLOCK_TRAILER_CONTROL_TOTAL);
      if (declared != blockTotal) {
        throw new VcfFormatException(
            line.number(),
            "block trailer control total "
                + declared
                + " does not match "
                + blockTotal
                + ", the sum of the block's "
                + blockControlField.label()
                + "s");
      }
    } else {
      long declared = VcfValues.unsignedDigits(line.get(VcfField.BLOCK_TRAILER_CONTROL_TOTAL));
      total = Math.max(declared, 0);
    }
    long[] totals = totalsByType.computeIfAbsent(blockType, type -> new long[3]);
    totals[0]++;
    totals[1] += blockRecords;
    totals[2] += total;
    state = State.BETWEEN_BLOCKS;
  }

  private List<BlockTypeSummary> blockTypeSummaries() {
    List<BlockTypeSummary> summaries = new ArrayList<>();
    totalsByType.forEach(
        (type, totals) ->
            summaries.add(new BlockTypeSummary(type, (int) totals[0], totals[1], totals[2])));
    return summaries;
  }

  private void requireFieldCount(VcfLine line, VcfRecordKind kind) {
    if (line.fieldCount() < kind.minimumFieldCount()) {
      throw new VcfFormatException(
          line.number(),
          kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " has "
              + line.fieldCount()
              + " fields; it needs "
              + kind.minimumFieldCount());
    }
  }

  private void requireCompany(VcfLine line, VcfField field, String what) {
    String companyId = line.get(field);
    if (!companyId.equals(header.companyId())) {
      throw new VcfFormatException(
          line.number(),
          what
              + " names company "
              + Redaction.quoteCompanyId(companyId)
              + " but the transmission header names "
              + Redaction.quoteCompanyId(header.companyId()));
    }
  }

  private static int recordType(VcfLine line, VcfField field, String what) {
    String text = line.get(field);
    long type = VcfValues.unsignedDigits(text);
    if (type < 1 || text.length() > 2) {
      throw new VcfFormatException(
          line.number(), what + " record type " + Redaction.quote(text) + " is not 1 to 99");
    }
    return (int) type;
  }

  private static long trailerNumber(VcfLine line, VcfField field) {
    String text = line.get(field);
    long value = VcfValues.unsignedDigits(text);
    if (value < 0) {
      throw new VcfFormatException(
          line.number(),
          "block trailer " + field.label() + " " + Redaction.quote(text) + " is not a number");
    }
    return value;
  }

  private static VcfFormatException unexpected(VcfLine line, String code, String where) {
    return new VcfFormatException(
        line.number(), "unexpected record code " + Redaction.quote(code) + " " + where);
  }
}
