package il.gov.cal.odsaccess.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A generated ODS for benchmarks: {@value #ORGS} organisations with a three-level unit tree each,
 * {@value #CARDS} cards, a monthly budget per unit, and any number of transactions spread over two
 * years, all shaped like the CDC pipeline's documents and reproducible from a fixed seed. Loading
 * is skipped when the indices already hold the requested data, so a benchmark's second run starts
 * at once.
 */
public final class BenchData {

  public static final int ORGS = 20;
  public static final int CARDS = 50_000;
  public static final int CHILDREN = 5;
  public static final int GRANDCHILDREN = 5;
  public static final String[] WORDS = {
    "cafe", "office", "books", "fuel", "hotel", "taxi", "pharmacy", "market", "electric", "garage"
  };
  public static final String[] MCCS = {
    "5812", "5943", "5942", "5541", "7011", "4121", "5912", "5411", "4900", "7538", "5814", "4111"
  };

  private static final int BATCH = 5000;
  private static final LocalDate TODAY = LocalDate.now();

  private BenchData() {}

  /**
   * Loads the benchmark data ahead of a benchmark: {@code BenchData STATE_DIR TRANSACTIONS} starts
   * the search node kept in {@code STATE_DIR/opensearch}, fills it, and stops it.
   */
  public static void main(String[] args) throws Exception {
    il.gov.cal.localstack.EmbeddedSearchNode node =
        new il.gov.cal.localstack.EmbeddedSearchNode(
                java.nio.file.Path.of(args[0]).toAbsolutePath().resolve("opensearch"), 0)
            .start();
    try {
      ensure(node.httpUrl(), Long.parseLong(args[1]));
    } finally {
      node.stop();
    }
    System.exit(0);
  }

  /** Makes sure the indices hold {@code transactions} generated transactions; loads if not. */
  public static void ensure(String searchUrl, long transactions) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    // A restarted node answers before its shards are back; counting then would read as empty.
    send(http, searchUrl, "GET", "/_cluster/health?wait_for_status=yellow&timeout=120s", null);
    long present = count(http, searchUrl, "cal-transactions");
    long cards = count(http, searchUrl, "cal-cards");
    if (present == transactions && cards == CARDS) {
      System.out.printf("bench data present: %,d transactions, %,d cards%n", present, cards);
      settle(http, searchUrl);
      return;
    }
    OdsIndexFixture fixture = new OdsIndexFixture(searchUrl);
    fixture.recreate("transactions").recreate("cards").recreate("budgets");
    setting(http, searchUrl, "cal-transactions", "-1");
    List<Map<String, Object>> docs = new ArrayList<>();
    for (long c = 1; c <= CARDS; c++) {
      docs.add(OdsDocuments.card(c, orgOf(c), holderOf(c), unitOfCard(c)));
    }
    fixture.index("cards", docs);
    docs.clear();
    String month = String.format("%d-%02d", TODAY.getYear(), TODAY.getMonthValue());
    long budgetId = 1;
    for (long org = 1; org <= ORGS; org++) {
      for (OdsDocuments.Unit unit : units(org)) {
        docs.add(OdsDocuments.budget(budgetId++, org, unit, month, 10_000_000L, 2_500_000L));
      }
    }
    fixture.index("budgets", docs);
    long started = System.nanoTime();
    ExecutorService senders = Executors.newFixedThreadPool(2);
    List<Future<?>> pending = new ArrayList<>();
    for (long from = 1; from <= transactions; from += BATCH) {
      long first = from;
      long last = Math.min(transactions, from + BATCH - 1);
      pending.add(
          senders.submit(() -> fixture.index("transactions", transactions(first, last), false)));
      if (pending.size() >= 4) {
        pending.remove(0).get();
      }
      if ((first - 1) % 250_000 == 0 && first > 1) {
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf("loaded %,d transactions (%.0f/s)%n", first - 1, (first - 1) / secs);
      }
    }
    for (Future<?> f : pending) {
      f.get();
    }
    senders.shutdown();
    setting(http, searchUrl, "cal-transactions", "1s");
    System.out.printf(
        "loaded %,d transactions in %.0f s%n", transactions, (System.nanoTime() - started) / 1e9);
    settle(http, searchUrl);
  }

  /**
   * Brings the indices to the state a measurement needs: everything refreshed, each shard merged to
   * one segment (a no-op when it already is), the cluster green, and no merge running. A freshly
   * loaded index merges for minutes in the background; measuring meanwhile measures the merging.
   */
  static void settle(HttpClient http, String searchUrl) throws InterruptedException {
    long started = System.nanoTime();
    send(http, searchUrl, "POST", "/cal-*/_refresh", null);
    send(http, searchUrl, "POST", "/cal-*/_forcemerge?max_num_segments=1", null);
    send(http, searchUrl, "POST", "/cal-*/_refresh", null);
    String health =
        send(http, searchUrl, "GET", "/_cluster/health?wait_for_status=green&timeout=300s", null);
    if (!health.contains("\"status\":\"green\"")) {
      throw new IllegalStateException("search cluster not green: " + health);
    }
    while (true) {
      String merges = send(http, searchUrl, "GET", "/_nodes/stats/indices/merge", null);
      if (merges.contains("\"current\":0,")) {
        break;
      }
      Thread.sleep(1000);
    }
    String segments =
        send(http, searchUrl, "GET", "/_cat/segments/cal-transactions?h=segment", null);
    System.out.printf(
        "indices settled in %.0f s: green, no merge running, cal-transactions in %d segment(s)%n",
        (System.nanoTime() - started) / 1e9, segments.lines().filter(l -> !l.isBlank()).count());
  }

  /** The organisation of a card. */
  public static long orgOf(long card) {
    return 1 + (card - 1) % ORGS;
  }

  /** The cardholder of a card (one card each). */
  public static long holderOf(long card) {
    return 1_000_000 + card;
  }

  /** The units of an organisation: root, children, grandchildren. */
  public static List<OdsDocuments.Unit> units(long org) {
    List<OdsDocuments.Unit> units = new ArrayList<>();
    long root = org * 1000;
    units.add(new OdsDocuments.Unit(root, "Ministry " + org, "/" + root + "/"));
    for (int c = 1; c <= CHILDREN; c++) {
      long child = root + c * 10;
      units.add(new OdsDocuments.Unit(child, "Division " + c, "/" + root + "/" + child + "/"));
      for (int g = 1; g <= GRANDCHILDREN; g++) {
        long grand = child + g;
        units.add(
            new OdsDocuments.Unit(
                grand, "Section " + c + "." + g, "/" + root + "/" + child + "/" + grand + "/"));
      }
    }
    return units;
  }

  /** The unit a card is charged to: one of its organisation's sections. */
  public static OdsDocuments.Unit unitOfCard(long card) {
    long org = orgOf(card);
    int c = 1 + (int) (card / ORGS % CHILDREN);
    int g = 1 + (int) (card / (ORGS * CHILDREN) % GRANDCHILDREN);
    long root = org * 1000;
    long child = root + c * 10;
    long grand = child + g;
    return new OdsDocuments.Unit(
        grand, "Section " + c + "." + g, "/" + root + "/" + child + "/" + grand + "/");
  }

  private static List<Map<String, Object>> transactions(long first, long last) {
    List<Map<String, Object>> docs = new ArrayList<>((int) (last - first + 1));
    for (long id = first; id <= last; id++) {
      SplittableRandom r = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
      long card = 1 + r.nextLong(CARDS);
      int m = r.nextInt(2000);
      String merchant = "Merchant " + m + " " + WORDS[m % WORDS.length];
      String mcc = MCCS[m % MCCS.length];
      String date = TODAY.minusDays(r.nextInt(730)).toString();
      int roll = r.nextInt(100);
      String currency = roll < 85 ? "ILS" : roll < 95 ? "USD" : "EUR";
      long amount = 100 + (long) Math.pow(r.nextDouble(), 3) * 500_000L;
      if (r.nextInt(100) < 5) {
        amount = -amount;
      }
      Map<String, Object> doc =
          OdsDocuments.transaction(
              id, orgOf(card), card, unitOfCard(card), merchant, mcc, date, amount, currency);
      doc.put("cardholder_id", holderOf(card));
      if (r.nextInt(100) < 10) {
        doc.put("status", "PENDING");
      }
      docs.add(doc);
    }
    return docs;
  }

  private static long count(HttpClient http, String url, String alias) {
    String body = send(http, url, "GET", "/" + alias + "/_count", null);
    int at = body.indexOf("\"count\":");
    return at < 0 ? -1 : Long.parseLong(body.substring(at + 8).split("[,}]")[0]);
  }

  private static void setting(HttpClient http, String url, String alias, String refresh) {
    send(
        http,
        url,
        "PUT",
        "/" + alias + "/_settings",
        "{\"index\":{\"refresh_interval\":\"" + refresh + "\"}}");
  }

  private static String send(HttpClient http, String url, String method, String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
