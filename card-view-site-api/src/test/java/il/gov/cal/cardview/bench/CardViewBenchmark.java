package il.gov.cal.cardview.bench;

import il.gov.cal.cardview.link.LinkTokenMinter;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.EmbeddedSearchNode;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.document.BudgetDocument;
import il.gov.cal.odsaccess.document.CardDocument;
import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchClientProducer;
import il.gov.cal.odsaccess.testing.BenchData;
import il.gov.cal.odsaccess.testing.LoadRun;
import il.gov.cal.odsaccess.testing.PooledHttpLoad;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * Card-view benchmark (not part of the test suite): the generated ODS of the search benchmark,
 * {@code --sessions} open sessions on different cards, and an open-loop load at {@code --rate}
 * requests a second (default 500), half {@code GET /card} and half {@code GET
 * /transactions?size=20} (the site's landing page). The same reads sent straight to OpenSearch are
 * the baseline: for the card, the card and budget searches; for the list, the one transaction
 * search.
 *
 * <p>Usage (from {@code card-view-site-api}, after {@code mvn verify} prepared the server): {@code
 * java -cp <test class path> il.gov.cal.cardview.bench.CardViewBenchmark [--docs N] [--rate R]
 * [--seconds S] [--state DIR]}.
 */
public final class CardViewBenchmark {

  private static final String LINK_KEY = "local-only-link-key-never-used-outside-dev-and-test";

  private record Read(long card, String cookie, boolean cardPage, String url) {}

  private CardViewBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    long docs = Long.parseLong(o.getOrDefault("docs", "5000000"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "500"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "60"));
    int sessions = Integer.parseInt(o.getOrDefault("sessions", "1000"));
    Path state = Path.of(o.getOrDefault("state", "../target/bench-state")).toAbsolutePath();

    EmbeddedDatabase db =
        new EmbeddedDatabase(state.resolve("mariadb"), TestStack.freePort()).start().bootstrap();
    EmbeddedSearchNode node = new EmbeddedSearchNode(state.resolve("opensearch"), 0).start();
    LibertyServer server = null;
    try {
      BenchData.ensure(node.httpUrl(), docs);
      server =
          new LibertyServer(
                  Path.of(o.getOrDefault("liberty", "target/liberty/wlp")),
                  "card-view-site-api",
                  Map.of(
                      // The service's pauses, to tell garbage collection from queueing; a file
                      // per process (%p), since the server's stop command runs with the same
                      // arguments and would otherwise rotate the server's log away.
                      "JVM_ARGS",
                      "-Xlog:gc:file="
                          + state.resolve("card-view-service-gc-%p.log")
                          + o.getOrDefault("service-jvm-args", ""),
                      // Server variables a run may vary to show what they change.
                      "EXECUTOR_CORE_THREADS",
                      o.getOrDefault("executor-threads", "48"),
                      "CAL_ODS_OPENSEARCH_MAX_CONNECTIONS",
                      o.getOrDefault("max-connections", "64"),
                      "DB_PORT",
                      Integer.toString(db.port()),
                      "CAL_ODS_OPENSEARCH_URL",
                      node.httpUrl(),
                      "MP_CONFIG_PROFILE",
                      "test",
                      // One load generator is one client: the per-client limit would cap the run.
                      "CAL_RATELIMIT_ENABLED",
                      "false"))
              .start();
      HttpClient http = benchClient();
      List<Read> reads = openSessions(http, server.baseUrl(), sessions);
      PooledHttpLoad load = new PooledHttpLoad(REQUEST_TIMEOUT);
      LoadRun<Read> service =
          new LoadRun<>(
                  "service card + transactions",
                  reads,
                  r -> load.get(r.url(), Map.of("Cookie", "CAL_CARD_VIEW=" + r.cookie())),
                  PooledHttpLoad.THREADS)
              .observing(server.process());
      OpenSearchTransport transport = OdsSearchClientProducer.transport(node.httpUrl(), 64);
      OpenSearchAsyncClient direct = new OpenSearchAsyncClient(transport);
      LoadRun<Read> baseline =
          new LoadRun<>(
              "direct OpenSearch",
              reads,
              r -> direct(direct, r).orTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS),
              PooledHttpLoad.THREADS);

      // Both paths warm up before either is measured: the search node's caches serve both alike.
      service.warmUp(rate, warmup);
      baseline.warmUp(rate, warmup);
      // Measured in alternating slices, so that drift over the run falls on both alike.
      List<LoadRun.Result> measured =
          LoadRun.alternate(
              service, baseline, rate, seconds, Integer.parseInt(o.getOrDefault("slices", "3")));
      LoadRun.Result viaService = measured.get(0);
      LoadRun.Result straight = measured.get(1);
      System.out.printf(
          "transactions=%,d sessions=%d rate=%d/s seconds=%d%n", docs, sessions, rate, seconds);
      System.out.println(viaService.line());
      System.out.println(straight.line());
      System.out.printf(
          "ratio service/direct: p50=%.2f p99=%.2f%n",
          viaService.millis(50) / Math.max(0.001, straight.millis(50)),
          viaService.millis(99) / Math.max(0.001, straight.millis(99)));
      System.out.printf(
          "targets: p99 <= 30 ms %s, no failures %s%n",
          viaService.millis(99) <= 30 ? "met" : "MISSED",
          viaService.failures() == 0 ? "met" : "MISSED");
      transport.close();
      load.close();
    } finally {
      if (server != null) {
        server.stop();
      }
      node.stop();
      db.stop();
    }
    System.exit(0);
  }

  /** A client's answer time limit: a request without an answer by then is a time-out. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** The client that opens the sessions before the load starts. */
  static HttpClient benchClient() {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(REQUEST_TIMEOUT)
        .executor(
            Executors.newFixedThreadPool(4, r -> new Thread(r, "load-http-" + n.incrementAndGet())))
        .build();
  }

  private static List<Read> openSessions(HttpClient http, String base, int count) throws Exception {
    LinkTokenMinter minter =
        new LinkTokenMinter(LINK_KEY.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
    List<Read> reads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long card = 1 + (i * 47L) % BenchData.CARDS;
      String token =
          minter.mint(BenchData.orgOf(card), BenchData.holderOf(card), card, Duration.ofMinutes(2));
      HttpResponse<String> opened =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/card-view/session"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"linkToken\":\"" + token + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String setCookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
      String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
      reads.add(new Read(card, cookie, true, base + "/card-view/card"));
      reads.add(new Read(card, cookie, false, base + "/card-view/transactions?size=20"));
    }
    return reads;
  }

  private static CompletableFuture<Integer> direct(OpenSearchAsyncClient client, Read r) {
    long org = BenchData.orgOf(r.card());
    try {
      if (r.cardPage()) {
        Query cardQuery =
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(term(CardDocument.Fields.ID, r.card()))
                                .filter(term(CardDocument.Fields.ORG_ID, org))));
        return client
            .search(s -> s.index(OdsAliases.CARDS).size(1).query(cardQuery), CardDocument.class)
            .thenCompose(
                cards -> {
                  long unit = cards.hits().hits().get(0).source().unitId();
                  Query budgetQuery =
                      Query.of(
                          q ->
                              q.bool(
                                  b ->
                                      b.filter(term(BudgetDocument.Fields.ORG_ID, org))
                                          .filter(term(BudgetDocument.Fields.UNIT_ID, unit))));
                  try {
                    return client.search(
                        s -> s.index(OdsAliases.BUDGETS).size(2).query(budgetQuery),
                        BudgetDocument.class);
                  } catch (IOException e) {
                    return CompletableFuture.failedFuture(e);
                  }
                })
            .thenApply(b -> 200);
      }
      Query list =
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.filter(term(Fields.ORG_ID, org))
                              .filter(term(Fields.CARD_ID, r.card()))));
      return client
          .search(
              s ->
                  s.index(OdsAliases.TRANSACTIONS)
                      .query(list)
                      .size(21)
                      .trackTotalHits(t -> t.enabled(false))
                      .sort(
                          o -> o.field(f -> f.field(Fields.TRANSACTION_DATE).order(SortOrder.Desc)))
                      .sort(o -> o.field(f -> f.field(Fields.ID).order(SortOrder.Desc))),
              TransactionDocument.class)
          .thenApply(res -> 200);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static Query term(String field, long value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }
}
