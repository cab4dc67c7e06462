package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.storage.FileStore;
import il.gov.cal.core.importing.vcf.CardTokenizer;
import il.gov.cal.core.importing.vcf.VcfEntry;
import il.gov.cal.core.importing.vcf.VcfReader;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * Reads the stored file's data records in order for the chunk step. The checkpoint is the line of
 * the last record handed out; a restarted step reopens the file and skips every record up to and
 * including that line, so each record is written exactly once across restarts.
 *
 * <p>Skipping re-reads the file from its start (the card numbers on the skipped lines are tokenized
 * again and dropped); at a few hundred thousand lines a second this costs seconds, not a second
 * pass of the database work.
 */
@Named("issuerFileReader")
@Dependent
public class IssuerFileReader extends AbstractItemReader {

  @Inject private JobContext jobContext;
  @Inject private ImportJobs imports;
  @Inject private FileStore files;
  @Inject private CardTokenizer tokenizer;

  private VcfReader reader;
  private int lastLine;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    long importId = ImportJobParameters.importId(jobContext);
    ImportJob job = imports.find(importId).orElseThrow();
    reader = VcfReader.using(tokenizer).open(files.open(job.storedAt()), StandardCharsets.UTF_8);
    int resumeAfter = checkpoint == null ? 0 : (Integer) checkpoint;
    while (lastLine < resumeAfter && reader.hasNext()) {
      lastLine = reader.next().line();
    }
  }

  @Override
  public Object readItem() {
    if (!reader.hasNext()) {
      return null;
    }
    VcfEntry entry = reader.next();
    lastLine = entry.line();
    return entry;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastLine;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
