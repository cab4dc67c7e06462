package il.gov.cal.cdc.bench;

import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.ods.OdsReferences;
import il.gov.cal.cdc.ods.OdsValues;
import il.gov.cal.cdc.projection.TransactionProjection;
import il.gov.cal.cdc.search.SearchHttp;
import il.gov.cal.cdc.search.SearchIndices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The yardstick of the catch-up figure: the same transaction documents the pipeline indexed, sent
 * as plain bulk requests straight to a fresh index with the same mapping and settings, with nothing
 * else running in the process. The request bodies are built before the clock starts, so only
 * OpenSearch and the HTTP round trips are timed. Request size and the number of concurrent clients
 * are tried on a sample first and the best pair is used for the whole set, so the baseline is the
 * best plain bulk indexing this node gives, not a convenient one.
 */
final class RawBulkBaseline {

  /** One measured way of sending the documents. */
  record Trial(int docsPerRequest, int clients, int docs, double docsPerSecond) {
    @Override
    public String toString() {
      return String.format(
          "%,d docs, %d per request, %d client(s): %,.0f docs/s",
          docs, docsPerRequest, clients, docsPerSecond);
    }
  }

  private static final String INDEX = "cal-bench-raw";
  private static final int UNIT = 500;
  private static final int SAMPLE = 100_000;
  private static final int READ_PAGE = 20_000;
  private static final int[] REQUEST_SIZES = {1_000, 5_000};
  private static final int[] CLIENTS = {1, 2};

  private final String searchUrl;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** NDJSON bodies of {@value #UNIT} documents each, in id order. */
  private final List<byte[]> units = new ArrayList<>();

  private int docs;

  RawBulkBaseline(String searchUrl) {
    this.searchUrl = searchUrl;
  }

  /** Reads the documents from the ODS rows the pipeline wrote (ids from {@code first}). */
  RawBulkBaseline prepare(Connection ods, long first) throws SQLException {
    TransactionProjection projection = new TransactionProjection();
    OdsReferences refs = new OdsReferences(ods);
    ByteArrayOutputStream unit = new ByteArrayOutputStream(UNIT * 1_024);
    long from = first;
    boolean more = true;
    while (more) {
      List<Map<String, Object>> rows = new ArrayList<>();
      try (PreparedStatement s =
          ods.prepareStatement(
              "SELECT * FROM ods_transaction WHERE id >= ? ORDER BY id LIMIT " + READ_PAGE)) {
        s.setLong(1, from);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(OdsValues.row(rs, projection.columns()));
          }
        }
      }
      for (Map<String, Object> row : rows) {
        String action = "{\"index\":{\"_id\":\"" + row.get("id") + "\"}}\n";
        unit.writeBytes(action.getBytes(StandardCharsets.UTF_8));
        String document = CanonicalJson.write(projection.document(row, refs));
        unit.writeBytes(document.getBytes(StandardCharsets.UTF_8));
        unit.write('\n');
        docs++;
        if (docs % UNIT == 0) {
          units.add(unit.toByteArray());
          unit.reset();
        }
        from = (Long) row.get("id") + 1;
      }
      more = rows.size() == READ_PAGE;
    }
    if (unit.size() > 0) {
      units.add(unit.toByteArray());
    }
    return this;
  }

  int docs() {
    return docs;
  }

  /** Every request size and client count on a sample, in the order tried. */
  List<Trial> trials() throws Exception {
    List<Trial> trials = new ArrayList<>();
    int sampleUnits = Math.min(units.size(), SAMPLE / UNIT);
    for (int size : REQUEST_SIZES) {
      for (int clients : CLIENTS) {
        trials.add(run(size, clients, sampleUnits));
      }
    }
    return trials;
  }

  /** The whole set with the best pair of the trials. */
  Trial best(List<Trial> trials) throws Exception {
    Trial best = trials.get(0);
    for (Trial trial : trials) {
      if (trial.docsPerSecond() > best.docsPerSecond()) {
        best = trial;
      }
    }
    return run(best.docsPerRequest(), best.clients(), units.size());
  }

  private Trial run(int docsPerRequest, int clients, int unitCount) throws Exception {
    SearchHttp http = new SearchHttp(searchUrl);
    http.send("DELETE", "/" + INDEX, null, null);
    new SearchIndices(http).create(INDEX, "transactions");
    int unitsPerRequest = Math.max(1, docsPerRequest / UNIT);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      List<Future<?>> senders = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        senders.add(pool.submit(() -> send(next, unitsPerRequest, unitCount)));
      }
      for (Future<?> sender : senders) {
        sender.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    int sent = Math.min(docs, unitCount * UNIT);
    http.send("DELETE", "/" + INDEX, null, null);
    return new Trial(docsPerRequest, clients, sent, sent / seconds);
  }

  private Void send(AtomicInteger next, int unitsPerRequest, int unitCount) throws Exception {
    while (true) {
      int from = next.getAndAdd(unitsPerRequest);
      if (from >= unitCount) {
        return null;
      }
      List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
      for (int u = from; u < Math.min(unitCount, from + unitsPerRequest); u++) {
        parts.add(HttpRequest.BodyPublishers.ofByteArray(units.get(u)));
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(searchUrl + "/" + INDEX + "/_bulk"))
              .timeout(Duration.ofSeconds(120))
              .header("Content-Type", "application/x-ndjson")
              .POST(
                  HttpRequest.BodyPublishers.concat(
                      parts.toArray(HttpRequest.BodyPublisher[]::new)))
              .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String head = response.body().substring(0, Math.min(64, response.body().length()));
      if (response.statusCode() != 200 || !head.contains("\"errors\":false")) {
        throw new IOException("raw bulk refused: HTTP " + response.statusCode() + " " + head);
      }
    }
  }
}
