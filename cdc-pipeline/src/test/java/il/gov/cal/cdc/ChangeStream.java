package il.gov.cal.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a stream of card transaction changes into cal_core (card 1 of {@link CoreData}):
 * transactions of inserts followed by updates of rows just inserted. A transaction that fails
 * (database restarting) is retried on a new connection; inserts are idempotent by id.
 */
public final class ChangeStream implements Runnable {

  private final long firstId;
  private final int transactions;
  private final int insertsPerTransaction;
  private final int updatesPerTransaction;
  private final long pauseMillis;
  private final AtomicLong changes = new AtomicLong();

  public ChangeStream(
      long firstId,
      int transactions,
      int insertsPerTransaction,
      int updatesPerTransaction,
      long pauseMillis) {
    this.firstId = firstId;
    this.transactions = transactions;
    this.insertsPerTransaction = insertsPerTransaction;
    this.updatesPerTransaction = updatesPerTransaction;
    this.pauseMillis = pauseMillis;
  }

  /** How long a commit is retried while the database is away before the stream gives up. */
  private static final java.time.Duration GIVE_UP_AFTER = java.time.Duration.ofMinutes(3);

  /** Changes committed so far. */
  public long changes() {
    return changes.get();
  }

  @Override
  public void run() {
    long id = firstId;
    for (int t = 0; t < transactions; t++) {
      long givingUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
      while (true) {
        try {
          commit(id);
          break;
        } catch (SQLException e) {
          if (System.nanoTime() > givingUpAt) {
            throw new IllegalStateException("the database stayed unreachable; stream stopped", e);
          }
          sleep(500);
        }
      }
      changes.addAndGet(insertsPerTransaction + updatesPerTransaction);
      id += insertsPerTransaction;
      sleep(pauseMillis);
    }
  }

  private void commit(long from) throws SQLException {
    try (Connection c = TestEnvironment.db().connectAsAdmin("cal_core")) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT IGNORE INTO card_transaction (id, org_id, card_id, issuer_ref, kind,"
                  + " type_code, transaction_date, posting_date, original_amount_minor,"
                  + " original_currency, billing_amount_minor, billing_currency, merchant_name,"
                  + " mcc, status) VALUES (?, 1, 1, ?, 'PURCHASE', '05', '2026-03-01',"
                  + " '2026-03-02', ?, 'ILS', ?, 'ILS', 'Merchant', '5411', 'POSTED')")) {
        for (long id = from; id < from + insertsPerTransaction; id++) {
          insert.setLong(1, id);
          insert.setString(2, "S-" + id);
          insert.setLong(3, id * 7 % 100_000);
          insert.setLong(4, id * 7 % 100_000);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE card_transaction SET status = 'SETTLED', billing_amount_minor ="
                  + " billing_amount_minor + 1 WHERE id = ?")) {
        for (int u = 0; u < updatesPerTransaction; u++) {
          update.setLong(1, from + (u % insertsPerTransaction));
          update.addBatch();
        }
        update.executeBatch();
      }
      c.commit();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
