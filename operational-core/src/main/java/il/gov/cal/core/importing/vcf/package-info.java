/**
 * Reading Visa Commercial Format 4.0 issuer files: cardholders (block type 4), card accounts (3)
 * and posted transactions (5), from a tab-separated file of 6 / 8 ... 4 ... 9 / 7 records.
 *
 * <p><b>Two passes.</b> A block's count and control total are only known at its trailer, and a
 * mismatch must reject the whole file; a block can hold a million transactions. Checking while
 * importing would mean either holding the block in memory or writing records that must later be
 * undone. So the import reads the stored file twice:
 *
 * <ol>
 *   <li>{@link il.gov.cal.core.importing.vcf.VcfValidator} checks every file-level rule in constant
 *       memory and returns a {@link il.gov.cal.core.importing.vcf.VcfFileSummary}, or throws {@link
 *       il.gov.cal.core.importing.vcf.VcfFormatException} with line and reason;
 *   <li>{@link il.gov.cal.core.importing.vcf.VcfReader} then yields typed records, each with its
 *       line number, and a {@link il.gov.cal.core.importing.vcf.RecordError} for each record that
 *       is wrong on its own (non-numeric amount, bad date, unknown currency, malformed MCC, unknown
 *       type code, invalid card number, unknown card account when asked to check). Such a record is
 *       skipped; the rest of the file goes on.
 * </ol>
 *
 * The reader repeats the file-level checks with the same code, so a file that changed between the
 * passes still fails, though only once the reader reaches the fault.
 *
 * <p><b>Layout.</b> Field positions live in one table, {@link
 * il.gov.cal.core.importing.vcf.VcfField}. Amounts are unsigned whole numbers of minor units with
 * the implied decimals of their own currency (ISO 4217 numeric code in the record); the type code
 * gives the sign, credits negative. Dates are MMDDCCYY. The control total of a block is the
 * unsigned sum of the control-amount field of its records (for transactions, the billing amount); a
 * record whose amount is not a number adds nothing to it and is rejected by itself.
 *
 * <p><b>Sensitive data.</b> Card numbers are turned into a {@link
 * il.gov.cal.core.importing.vcf.CardToken} by a {@link il.gov.cal.core.importing.vcf.CardTokenizer}
 * as the line is read; no record, {@code toString}, exception or error message holds a card number
 * or national id. Error messages quote a value only when it cannot be one (see the field's
 * sensitivity in the layout table and the digit-run rule in {@code Redaction}).
 *
 * <p><b>Limitations.</b> A transaction reference repeated within or across files is not detected
 * here, since that would need memory proportional to the file; the import stores transactions
 * idempotently by reference instead. Block types other than 3, 4 and 5 are counted and skipped.
 * Transaction type codes outside {@link il.gov.cal.core.importing.vcf.TransactionKind} are
 * rejected, because their sign is unknown. The tax amount is read in the source currency; the
 * public fixtures do not say which currency it is in, and the sample carries only zeros.
 */
package il.gov.cal.core.importing.vcf;
