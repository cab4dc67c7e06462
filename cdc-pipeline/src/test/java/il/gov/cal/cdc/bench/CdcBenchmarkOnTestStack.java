package il.gov.cal.cdc.bench;

import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import java.util.List;

/**
 * Runs {@link CdcBenchmark} on a private test stack (fresh MariaDB and OpenSearch under {@code
 * target/}), for a machine where no local stack is up. Same arguments as the benchmark.
 */
public final class CdcBenchmarkOnTestStack {

  private CdcBenchmarkOnTestStack() {}

  public static void main(String[] args) throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
    int rate = 1000;
    int seconds = 60;
    int backlog = 1_000_000;
    List<String> list = List.of(args);
    for (int i = 0; i + 1 < list.size(); i += 2) {
      int value = Integer.parseInt(list.get(i + 1));
      switch (list.get(i)) {
        case "--rate" -> rate = value;
        case "--seconds" -> seconds = value;
        case "--backlog" -> backlog = value;
        default -> throw new IllegalArgumentException("unknown argument " + list.get(i));
      }
    }
    new CdcBenchmark(TestEnvironment.coreConfig(), rate, seconds, backlog).run();
    System.exit(0);
  }
}
