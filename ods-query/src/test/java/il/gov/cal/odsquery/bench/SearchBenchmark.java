package il.gov.cal.odsquery.bench;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.EmbeddedSearchNode;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchClientProducer;
import il.gov.cal.odsaccess.testing.BenchData;
import il.gov.cal.odsaccess.testing.LoadRun;
import il.gov.cal.odsaccess.testing.PooledHttpLoad;
import il.gov.cal.odsquery.transaction.DateField;
import il.gov.cal.odsquery.transaction.TransactionFilter;
import il.gov.cal.odsquery.transaction.TransactionSort;
import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * Transaction-search benchmark (not part of the test suite): a generated ODS of {@code --docs}
 * transactions (default 5,000,000), the ODS query service on a real Liberty, and an open-loop load
 * of realistic portal searches at {@code --rate} requests a second (default 200). The same queries
 * are then sent straight to OpenSearch as the baseline, and both latency distributions printed.
 *
 * <p>Both paths go through a pooled client of the same library and pool size ({@link
 * PooledHttpLoad}, the OpenSearch client's own transport for the baseline) with the same limit of
 * {@link #REQUEST_TIMEOUT} on each request, so neither pays for connections the other reuses.
 *
 * <p>Usage (from {@code ods-query}, after {@code mvn verify} prepared the server): {@code java -cp
 * <test class path> il.gov.cal.odsquery.bench.SearchBenchmark [--docs N] [--rate R] [--seconds S]
 * [--state DIR]}. The data is kept in {@code --state} (default {@code ../target/bench-state}) and
 * reused by the next run.
 */
public final class SearchBenchmark {

  private record BenchQuery(TransactionFilter filter, TransactionSort sort, String url) {}

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    long docs = Long.parseLong(o.getOrDefault("docs", "5000000"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "60"));
    Path state = Path.of(o.getOrDefault("state", "../target/bench-state")).toAbsolutePath();

    EmbeddedDatabase db =
        new EmbeddedDatabase(state.resolve("mariadb"), TestStack.freePort()).start().bootstrap();
    EmbeddedSearchNode node = new EmbeddedSearchNode(state.resolve("opensearch"), 0).start();
    LibertyServer server = null;
    Path keys = state.resolve("jwt");
    LocalTokenIssuer issuer = LocalTokenIssuer.open(keys, BENCH_ISSUER, BENCH_AUDIENCE);
    Map<Long, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    try {
      BenchData.ensure(node.httpUrl(), docs);
      server =
          new LibertyServer(
                  Path.of(o.getOrDefault("liberty", "target/liberty/wlp")),
                  "ods-query",
                  Map.of(
                      // The service's pauses, to tell garbage collection from queueing; a file
                      // per process (%p), since the server's stop command runs with the same
                      // arguments and would otherwise rotate the server's log away.
                      "JVM_ARGS",
                      "-Xlog:gc:file="
                          + state.resolve("search-service-gc-%p.log")
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
                      "false",
                      "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                      keys.resolve(LocalTokenIssuer.JWKS_FILE).toUri().toString(),
                      "MP_JWT_VERIFY_ISSUER",
                      BENCH_ISSUER,
                      "MP_JWT_VERIFY_AUDIENCES",
                      BENCH_AUDIENCE))
              .start();
      List<BenchQuery> queries = queries(server.baseUrl(), 5000);
      PooledHttpLoad http = new PooledHttpLoad(REQUEST_TIMEOUT);
      LoadRun<BenchQuery> service =
          new LoadRun<>(
                  "service GET /ods/transactions",
                  queries,
                  q ->
                      http.get(
                          q.url(),
                          Map.of(
                              "Authorization",
                              "Bearer "
                                  + tokens.computeIfAbsent(
                                      q.filter().orgId(), org -> analystToken(issuer, org)))),
                  PooledHttpLoad.THREADS)
              .observing(server.process());
      OpenSearchTransport transport = OdsSearchClientProducer.transport(node.httpUrl(), 64);
      OpenSearchAsyncClient direct = new OpenSearchAsyncClient(transport);
      LoadRun<BenchQuery> baseline =
          new LoadRun<>(
              "direct OpenSearch _search",
              queries,
              q -> {
                try {
                  return direct
                      .search(
                          SearchRequest.of(
                              s ->
                                  s.index(OdsAliases.TRANSACTIONS)
                                      .query(q.filter().toQuery())
                                      .sort(q.sort().clauses(q.filter().dateField()))
                                      .size(51)),
                          TransactionDocument.class)
                      .thenApply(r -> 200)
                      .orTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.io.IOException e) {
                  return java.util.concurrent.CompletableFuture.failedFuture(e);
                }
              },
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
      System.out.printf("transactions=%,d rate=%d/s seconds=%d%n", docs, rate, seconds);
      System.out.println(viaService.line());
      System.out.println(straight.line());
      System.out.printf(
          "ratio service/direct: p50=%.2f p99=%.2f%n",
          ratio(viaService, straight, 50), ratio(viaService, straight, 99));
      System.out.printf(
          "targets: p99 <= 50 ms %s, p99 <= 1.5x direct %s, no failures %s%n",
          viaService.millis(99) <= 50 ? "met" : "MISSED",
          ratio(viaService, straight, 99) <= 1.5 ? "met" : "MISSED",
          viaService.failures() == 0 ? "met" : "MISSED");
      transport.close();
      http.close();
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
  static final java.time.Duration REQUEST_TIMEOUT = java.time.Duration.ofSeconds(10);

  private static double ratio(LoadRun.Result a, LoadRun.Result b, double percentile) {
    return a.millis(percentile) / Math.max(0.001, b.millis(percentile));
  }

  /** A reproducible mix of the searches portal users run. */
  private static List<BenchQuery> queries(String baseUrl, int count) {
    SplittableRandom r = new SplittableRandom(7);
    LocalDate today = LocalDate.now();
    List<BenchQuery> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long org = 1 + r.nextInt(BenchData.ORGS);
      int roll = r.nextInt(100);
      Long unit = null;
      Long holder = null;
      LocalDate from = null;
      Long min = null;
      Long max = null;
      List<String> mccs = List.of();
      String merchant = null;
      DateField dateField = DateField.TRANSACTION;
      List<String> statuses = List.of();
      TransactionSort sort = TransactionSort.NEWEST_FIRST;
      StringBuilder url = new StringBuilder(baseUrl + "/ods/transactions?size=50");
      if (roll < 40) {
        from = today.minusDays(30);
      } else if (roll < 60) {
        unit = org * 1000 + (1 + r.nextInt(BenchData.CHILDREN)) * 10;
        from = today.minusDays(90);
        url.append("&unit=").append(unit);
      } else if (roll < 75) {
        merchant = BenchData.WORDS[r.nextInt(BenchData.WORDS.length)];
        from = today.minusDays(365);
        url.append("&merchant=").append(merchant);
      } else if (roll < 85) {
        long card = org + BenchData.ORGS * (long) r.nextInt(BenchData.CARDS / BenchData.ORGS);
        holder = BenchData.holderOf(card);
        url.append("&cardholder=").append(holder);
      } else if (roll < 95) {
        min = 10_000L;
        max = 100_000L;
        mccs = List.of(BenchData.MCCS[r.nextInt(BenchData.MCCS.length)]);
        from = today.minusDays(180);
        sort = new TransactionSort(true, true);
        url.append("&minAmount=100&maxAmount=1000&mcc=")
            .append(mccs.get(0))
            .append("&sort=-amount");
      } else {
        dateField = DateField.POSTING;
        from = today.minusDays(7);
        statuses = List.of("POSTED");
        url.append("&dateField=posting&status=POSTED");
      }
      if (from != null) {
        url.append("&from=").append(URLEncoder.encode(from.toString(), StandardCharsets.UTF_8));
      }
      TransactionFilter filter =
          new TransactionFilter(
              org, unit, holder, null, dateField, from, null, min, max, null, mccs, null, merchant,
              statuses, List.of());
      queries.add(new BenchQuery(filter, sort, url.toString()));
    }
    return queries;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }

  private static final String BENCH_ISSUER = "https://cc.bench.local";
  private static final String BENCH_AUDIENCE = "cal-ods-bench";

  /** A token of an analyst of the organisation, valid for the length of any run. */
  private static String analystToken(LocalTokenIssuer issuer, long org) {
    return issuer.issue(
        new TokenRequest(
            "bench-analyst-" + org,
            java.util.Set.of(Role.ANALYST),
            org,
            null,
            null,
            null,
            java.time.Duration.ofHours(2)));
  }
}
