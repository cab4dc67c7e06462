/**
 * Where the original issuer files are kept: every uploaded file is stored unchanged, with its
 * SHA-256, before anything is read from it, so an import can be re-run, audited or restarted after
 * a crash from exactly the bytes the issuer sent.
 *
 * <p>{@link il.gov.cal.core.importing.storage.FileStore} is the one interface; {@link
 * il.gov.cal.core.importing.storage.LocalDiskFileStore} keeps files under the state directory (dev
 * and test), {@link il.gov.cal.core.importing.storage.S3FileStore} in an S3 bucket encrypted with a
 * KMS key (beta and prod). {@link il.gov.cal.core.importing.storage.FileStores} picks one from the
 * configuration key {@code cal.files.store}.
 *
 * <p><b>Limitations.</b> Files are never deleted by the platform; retention is left to the bucket's
 * lifecycle rules (S3) or to whoever wipes the state directory (local).
 */
package il.gov.cal.core.importing.storage;
