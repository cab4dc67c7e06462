package il.gov.cal.core.importing.job;

/**
 * Where an import stands. RECEIVED, VALIDATING and IMPORTING are in progress; the other three are
 * final.
 */
public enum ImportState {
  /** The file is stored and the job is queued. */
  RECEIVED,
  /** The first pass is checking the file's structure. */
  VALIDATING,
  /** The second pass is applying the records. */
  IMPORTING,
  /** Every record was applied, rejected or found a duplicate. */
  COMPLETED,
  /** The file broke a file-level rule and nothing of it was applied. */
  REJECTED,
  /** The job stopped on an unexpected error; what it applied stays, and it can be restarted. */
  FAILED;

  /** Whether the import will not change any more. */
  public boolean isFinal() {
    return this == COMPLETED || this == REJECTED || this == FAILED;
  }
}
