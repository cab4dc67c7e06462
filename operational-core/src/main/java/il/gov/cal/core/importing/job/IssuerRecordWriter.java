package il.gov.cal.core.importing.job;

import il.gov.cal.core.card.persistence.IssuerTokens;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The chunk step's writer: applies a chunk of records with plain JDBC on one connection enlisted in
 * the chunk's transaction, then adds the chunk's counts to the import in the same transaction.
 * Rows, rejections, counters and the reader's checkpoint therefore commit or roll back together: a
 * crash loses at most the chunk in flight, which the restarted step reads again.
 *
 * <p>Within a chunk, cardholders are applied before cards and cards before transactions, so a chunk
 * holding the end of one block and the start of the next still resolves its references.
 */
@Named("issuerRecordWriter")
@Dependent
public class IssuerRecordWriter extends AbstractItemWriter {

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  @Inject private JobContext jobContext;
  @Inject private ImportJobs imports;
  @Inject private IssuerTokens tokens;

  private long importId;
  private MasterData masterData;

  @Override
  public void open(Serializable checkpoint) {
    importId = ImportJobParameters.importId(jobContext);
    ImportJob job = imports.find(importId).orElseThrow();
    masterData = new MasterData(job.organisationId(), tokens);
  }

  @Override
  public void writeItems(List<Object> items) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      ChunkResult result = apply(c, importId, masterData, items, "card_transaction");
      imports.addRejections(c, importId, result.rejections());
      imports.addCounts(c, importId, result.counts());
    }
  }

  /** What a chunk did. */
  record ChunkResult(ImportCounts counts, List<Rejection> rejections) {}

  /**
   * Applies {@code items} on {@code c}, transactions into {@code table}; shared with the benchmark,
   * which measures exactly this code.
   */
  static ChunkResult apply(
      Connection c, long importId, MasterData masterData, List<Object> items, String table)
      throws Exception {
    List<Rejection> rejections = new ArrayList<>();
    List<ImportItem.Transaction> transactions = new ArrayList<>();
    long accepted = 0;
    for (Object item : items) {
      String rejection = null;
      if (item instanceof ImportItem.Cardholder cardholder) {
        rejection = masterData.upsertCardholder(c, cardholder);
      } else if (item instanceof ImportItem.Card card) {
        continue;
      } else if (item instanceof ImportItem.Transaction transaction) {
        transactions.add(transaction);
        continue;
      } else if (item instanceof ImportItem.Rejected rejected) {
        rejection = rejected.reason();
      }
      if (rejection == null) {
        accepted++;
      } else {
        rejections.add(new Rejection(((ImportItem) item).line(), rejection));
      }
    }
    for (Object item : items) {
      if (item instanceof ImportItem.Card card) {
        String rejection = masterData.upsertCard(c, card);
        if (rejection == null) {
          accepted++;
        } else {
          rejections.add(new Rejection(card.line(), rejection));
        }
      }
    }
    List<TransactionInserts.Row> rows = new ArrayList<>(transactions.size());
    Set<String> tokens = new LinkedHashSet<>();
    transactions.forEach(t -> tokens.add(t.token()));
    Map<String, Long> cardIds = masterData.cardIds(c, tokens);
    for (ImportItem.Transaction t : transactions) {
      Long cardId = cardIds.get(t.token());
      if (cardId == null) {
        rejections.add(new Rejection(t.line(), "unknown card account"));
      } else {
        rows.add(new TransactionInserts.Row(t, cardId));
      }
    }
    int inserted = TransactionInserts.insert(c, table, masterData.organisationId(), importId, rows);
    ImportCounts counts =
        new ImportCounts(
            items.size(), accepted + inserted, rejections.size(), rows.size() - inserted);
    return new ChunkResult(counts, rejections);
  }
}
