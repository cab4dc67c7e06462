package il.gov.cal.core.importing.vcf;

import java.util.Optional;

/**
 * The kinds of line a VCF 4.0 file holds: four control records, told apart by their record code,
 * and the data records (code {@code 4}), whose meaning is the record type named by the enclosing
 * block's header.
 */
public enum VcfRecordKind {
  /** Record code 6: opens the file; names the company and the format version. */
  TRANSMISSION_HEADER("6", 0, "HEADER_"),
  /** Record code 8: opens a block and names the record type of its data records. */
  BLOCK_HEADER("8", 0, "BLOCK_HEADER_"),
  /** Record code 9: closes a block with its record count and control total. */
  BLOCK_TRAILER("9", 0, "BLOCK_TRAILER_"),
  /** Record code 7: closes the file. */
  TRANSMISSION_TRAILER("7", 0, "TRAILER_"),
  /** Data record in a block of record type 3: a card account (card) of a cardholder. */
  CARD_ACCOUNT(VcfRecordKind.DATA_RECORD_CODE, 3, "ACCOUNT_"),
  /** Data record in a block of record type 4: a cardholder. */
  CARDHOLDER(VcfRecordKind.DATA_RECORD_CODE, 4, "CARDHOLDER_"),
  /** Data record in a block of record type 5: a posted card transaction. */
  CARD_TRANSACTION(VcfRecordKind.DATA_RECORD_CODE, 5, "TRANSACTION_");

  /** The record code every data record carries in its first field. */
  public static final String DATA_RECORD_CODE = "4";

  private final String recordCode;
  private final int blockType;
  private final String fieldPrefix;

  VcfRecordKind(String recordCode, int blockType, String fieldPrefix) {
    this.recordCode = recordCode;
    this.blockType = blockType;
    this.fieldPrefix = fieldPrefix;
  }

  /** The value of the record's first field. */
  public String recordCode() {
    return recordCode;
  }

  /** For data records, the block record type (3, 4, 5); 0 for control records. */
  public int blockType() {
    return blockType;
  }

  /** Whether this is a data record, i.e. one carried inside a block. */
  public boolean isData() {
    return blockType != 0;
  }

  /** How many fields a record of this kind needs at least: its last layout field plus one. */
  public int minimumFieldCount() {
    return VcfField.minimumFieldCount(this);
  }

  /** The field whose unsigned values a block trailer's control total adds up, if any. */
  public Optional<VcfField> controlAmountField() {
    return VcfField.controlAmountField(this);
  }

  /** The data record kind this reader understands for a block record type, if any. */
  public static Optional<VcfRecordKind> ofBlockType(int blockType) {
    for (VcfRecordKind kind : values()) {
      if (kind.isData() && kind.blockType == blockType) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  String fieldPrefix() {
    return fieldPrefix;
  }
}
