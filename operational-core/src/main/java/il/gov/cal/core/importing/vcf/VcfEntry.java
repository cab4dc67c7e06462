package il.gov.cal.core.importing.vcf;

/**
 * What the {@link VcfReader} yields for each data record it reads: a typed record, or the reason
 * the record was rejected. Each carries its 1-based line number in the file, which is also a stable
 * restart point for a job that stopped half-way.
 */
public sealed interface VcfEntry
    permits CardholderRecord, CardAccountRecord, TransactionRecord, RecordError {

  /** The 1-based line of the record in the file. */
  int line();
}
