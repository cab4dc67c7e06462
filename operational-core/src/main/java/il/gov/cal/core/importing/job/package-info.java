/**
 * The issuer-file import as a Jakarta Batch job ({@code
 * META-INF/batch-jobs/issuer-file-import.xml}).
 *
 * <p><b>Steps.</b> An upload is stored unchanged ({@link il.gov.cal.core.importing.storage}) and
 * recorded as RECEIVED; the job then runs two steps over the stored file:
 *
 * <ol>
 *   <li>{@link il.gov.cal.core.importing.job.ValidateIssuerFile} (batchlet, VALIDATING): the whole
 *       file's structure in constant memory, and the organisation named by the header. A broken
 *       file ends REJECTED with line and reason, having changed nothing.
 *   <li>a chunk step (IMPORTING): {@link il.gov.cal.core.importing.job.IssuerFileReader} yields the
 *       records, card numbers already tokenized; {@link
 *       il.gov.cal.core.importing.job.IssuerRecordProcessor} translates them; {@link
 *       il.gov.cal.core.importing.job.IssuerRecordWriter} applies each chunk with JDBC in the
 *       chunk's transaction: units and cardholders upserted, cards upserted by token, transactions
 *       inserted with {@code INSERT IGNORE} on the issuer reference, rejected records with their
 *       line, and the import's counters.
 * </ol>
 *
 * <p><b>Guarantees.</b> Every data record is counted exactly once as accepted, rejected or
 * duplicate, also across a crash: rows, counters and the reader's checkpoint (its line number)
 * commit in one transaction, and a restarted step resumes after the last committed line. A
 * transaction reference already stored, from this file or any other, is never stored twice. {@link
 * il.gov.cal.core.importing.job.ImportRecovery} restarts at start-up the imports a dead server left
 * unfinished.
 *
 * <p><b>Limitations.</b> The file maps to one organisation (its header's company id). Units named
 * by the file are created as roots, since VCF carries no parent; they are placed in the tree
 * through the unit API. Cardholders' e-mail and phone are not stored until field encryption is
 * available to the core. A failed (not crashed) import stays FAILED; there is no API to restart it,
 * so the file must be uploaded again, which is safe since transactions already stored count as
 * duplicates.
 */
package il.gov.cal.core.importing.job;
