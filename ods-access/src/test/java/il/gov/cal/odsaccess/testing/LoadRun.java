package il.gov.cal.odsaccess.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load run: requests start on a fixed schedule whatever the answers do, and each
 * latency is measured from the moment the request was due, so a slow answer also counts against the
 * requests queued behind it (no coordinated omission). Latencies go to an HdrHistogram.
 *
 * @param <Q> the request description
 */
public final class LoadRun<Q> {

  /** What one run measured. */
  public record Result(String name, long requests, long errors, Histogram histogram) {

    /** A one-line summary in milliseconds. */
    public String line() {
      return String.format(
          "%-28s requests=%,d errors=%,d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms",
          name,
          requests,
          errors,
          histogram.getValueAtPercentile(50) / 1e3,
          histogram.getValueAtPercentile(90) / 1e3,
          histogram.getValueAtPercentile(99) / 1e3,
          histogram.getMaxValue() / 1e3);
    }
  }

  private final String name;
  private final List<Q> requests;
  private final Function<Q, CompletableFuture<Boolean>> send;

  /**
   * @param requests the requests, sent round-robin
   * @param send sends one; completes with true when the answer was a success
   */
  public LoadRun(String name, List<Q> requests, Function<Q, CompletableFuture<Boolean>> send) {
    this.name = name;
    this.requests = requests;
    this.send = send;
  }

  /** Runs {@code rate} requests a second for {@code seconds}, after {@code warmup} seconds. */
  public Result run(int rate, int seconds, int warmup) throws InterruptedException {
    phase(rate, warmup, i -> requests.get(i % requests.size()));
    return phase(rate, seconds, i -> requests.get((i + 7919) % requests.size()));
  }

  private Result phase(int rate, int seconds, IntFunction<Q> pick) throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long total = (long) rate * seconds;
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime() + 50_000_000L;
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      Q request = pick.apply((int) i);
      ticker.schedule(
          () ->
              send.apply(request)
                  .whenComplete(
                      (ok, failure) -> {
                        long micros = Math.max(1, (System.nanoTime() - due) / 1000);
                        recorder.recordValue(Math.min(micros, 3_600_000_000L));
                        if (failure != null || !Boolean.TRUE.equals(ok)) {
                          errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                      }),
          due - System.nanoTime(),
          TimeUnit.NANOSECONDS);
    }
    ticker.shutdown();
    ticker.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (done.get() < total && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return new Result(
        name, total, errors.get() + (total - done.get()), recorder.getIntervalHistogram());
  }
}
