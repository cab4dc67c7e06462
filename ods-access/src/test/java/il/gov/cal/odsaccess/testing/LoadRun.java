package il.gov.cal.odsaccess.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model load run: requests start on a fixed schedule whatever the answers do (arrivals do
 * not wait for earlier answers), and each latency is measured from the moment the request was due,
 * not from when it was sent. A slow answer, a late send or a stalled generator therefore counts
 * against every request queued behind it: this is the coordinated-omission-correct measure, and
 * stronger than correcting a closed loop afterwards with an expected interval.
 *
 * <p>Every request ends in exactly one outcome: its HTTP status, or the cause of its failure
 * ({@code timeout}, {@code connect}, the exception's class), or {@code unfinished} when it had no
 * answer when the run was cut off; unfinished requests are recorded at the time they had waited by
 * then, so leaving them out can never flatter the percentiles. Latencies go to two HdrHistograms:
 * every request, and the successes (2xx) alone.
 *
 * <p>The run also measures the CPU time of its own threads (the scheduler, and the HTTP client's
 * threads whose names the caller passes), so a report shows how much of the machine the load
 * generator itself took from the system under test.
 *
 * @param <Q> the request description
 */
public final class LoadRun<Q> {

  /** The outcome of a request that had no answer when the run was cut off. */
  public static final String UNFINISHED = "unfinished";

  /** What one run measured. */
  public record Result(
      String name,
      int rate,
      int seconds,
      long requests,
      Map<String, Long> outcomes,
      Histogram all,
      Histogram successes,
      double generatorCpuSeconds,
      double processCpuSeconds,
      double serviceCpuSeconds,
      double machineCpuSeconds,
      double elapsedSeconds) {

    /**
     * This result and another of the same load added up: the counts, the CPU and the histograms, as
     * if one run had had both's requests.
     */
    public Result plus(Result other) {
      Map<String, Long> sum = new TreeMap<>(outcomes);
      other.outcomes.forEach((k, v) -> sum.merge(k, v, Long::sum));
      Histogram a = all.copy();
      a.add(other.all);
      Histogram s = successes.copy();
      s.add(other.successes);
      return new Result(
          name,
          rate,
          seconds + other.seconds,
          requests + other.requests,
          sum,
          a,
          s,
          generatorCpuSeconds + other.generatorCpuSeconds,
          processCpuSeconds + other.processCpuSeconds,
          serviceCpuSeconds + other.serviceCpuSeconds,
          machineCpuSeconds + other.machineCpuSeconds,
          elapsedSeconds + other.elapsedSeconds);
    }

    /** Requests that did not end in a 2xx answer. */
    public long failures() {
      return outcomes.entrySet().stream()
          .filter(e -> !e.getKey().startsWith("2"))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    /** A latency of all requests at a percentile, in milliseconds. */
    public double millis(double percentile) {
      return all.getValueAtPercentile(percentile) / 1e3;
    }

    /** A summary in milliseconds: latencies of all requests, of successes, and outcomes. */
    public String line() {
      return String.format(
          "%-30s requests=%,d failed=%,d (%.1f%%) outcomes=%s%n"
              + "%-30s all:       p50=%.1fms p90=%.1fms p99=%.1fms p99.9=%.1fms max=%.1fms%n"
              + "%-30s successes: p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n"
              + "%-30s CPU of this JVM (search node and load generator) %.1f s in %.0f s (%.0f%% of"
              + " one core), of which the load generator's threads %.1f s (%.0f%%)%n"
              + "%-30s CPU of the service's JVM %s; the whole machine %.1f s (%.2f of its %d"
              + " cores busy)",
          name,
          requests,
          failures(),
          100.0 * failures() / Math.max(1, requests),
          outcomes,
          "",
          all.getValueAtPercentile(50) / 1e3,
          all.getValueAtPercentile(90) / 1e3,
          all.getValueAtPercentile(99) / 1e3,
          all.getValueAtPercentile(99.9) / 1e3,
          all.getMaxValue() / 1e3,
          "",
          successes.getValueAtPercentile(50) / 1e3,
          successes.getValueAtPercentile(90) / 1e3,
          successes.getValueAtPercentile(99) / 1e3,
          successes.getMaxValue() / 1e3,
          "",
          processCpuSeconds,
          elapsedSeconds,
          100.0 * processCpuSeconds / elapsedSeconds,
          generatorCpuSeconds,
          100.0 * generatorCpuSeconds / elapsedSeconds,
          "",
          Double.isNaN(serviceCpuSeconds)
              ? "not observed"
              : String.format(
                  "%.1f s (%.2f ms a request)",
                  serviceCpuSeconds, 1000 * serviceCpuSeconds / Math.max(1, requests)),
          machineCpuSeconds,
          machineCpuSeconds / elapsedSeconds,
          Runtime.getRuntime().availableProcessors());
    }
  }

  private static final long MAX_MICROS = 3_600_000_000L;

  private final String name;
  private final List<Q> requests;
  private final Function<Q, CompletableFuture<Integer>> send;
  private final List<String> generatorThreadPrefixes;
  private ProcessHandle service;

  /**
   * @param requests the requests, sent round-robin
   * @param send sends one; completes with the HTTP status of the answer (or any status-like code,
   *     200 for a success), or exceptionally with the cause of the failure
   * @param generatorThreadPrefixes name prefixes of the threads that do the sending (e.g. the HTTP
   *     client's), whose CPU time counts as the load generator's
   */
  public LoadRun(
      String name,
      List<Q> requests,
      Function<Q, CompletableFuture<Integer>> send,
      List<String> generatorThreadPrefixes) {
    this.name = name;
    this.requests = requests;
    this.send = send;
    this.generatorThreadPrefixes = generatorThreadPrefixes;
  }

  /**
   * Also measures the processor time of the process that answers (a server in another JVM), so a
   * result shows what each request cost it.
   */
  public LoadRun<Q> observing(ProcessHandle service) {
    this.service = service;
    return this;
  }

  /** Runs {@code rate} requests a second for {@code seconds}, after {@code warmup} seconds. */
  public Result run(int rate, int seconds, int warmup) throws InterruptedException {
    warmUp(rate, warmup);
    return measure(rate, seconds);
  }

  /**
   * Sends {@code seconds} of load whose results are thrown away: the JIT, the pools and the caches
   * of what answers settle. A benchmark warms up every path before it measures any, so that no path
   * is measured on caches that another one warmed.
   */
  public void warmUp(int rate, int seconds) throws InterruptedException {
    if (seconds > 0) {
      phase(rate, seconds, i -> requests.get(i % requests.size()));
    }
  }

  /**
   * Measures two loads in turns: {@code slices} slices of each, alternating, added up per load. Any
   * drift of the machine over the run (caches still filling, the JIT, another process) then falls
   * on both loads alike rather than on whichever ran first.
   *
   * @return the first load's result and the second's
   */
  public static <A, B> List<Result> alternate(
      LoadRun<A> first, LoadRun<B> second, int rate, int seconds, int slices)
      throws InterruptedException {
    int slice = Math.max(1, seconds / slices);
    Result a = null;
    Result b = null;
    for (int i = 0; i < slices; i++) {
      Result x = first.phase(rate, slice, offset(first, i * slice * rate));
      Result y = second.phase(rate, slice, offset(second, i * slice * rate));
      a = a == null ? x : a.plus(x);
      b = b == null ? y : b.plus(y);
    }
    return List.of(a, b);
  }

  private static <T> IntFunction<T> offset(LoadRun<T> run, int from) {
    return i -> run.requests.get((from + i + 7919) % run.requests.size());
  }

  /** Measures {@code rate} requests a second for {@code seconds}. */
  public Result measure(int rate, int seconds) throws InterruptedException {
    return phase(rate, seconds, i -> requests.get((i + 7919) % requests.size()));
  }

  /** The cause of a failed request, as a short label. */
  public static String cause(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
      return "timeout";
    }
    if (t instanceof ConnectException) {
      return "connect";
    }
    return t.getClass().getSimpleName();
  }

  private Result phase(int rate, int seconds, IntFunction<Q> pick) throws InterruptedException {
    Recorder all = new Recorder(3);
    Recorder successes = new Recorder(3);
    Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    AtomicLong done = new AtomicLong();
    int total = rate * seconds;
    long intervalNanos = 1_000_000_000L / rate;
    long[] dues = new long[total];
    AtomicBoolean[] finished = new AtomicBoolean[total];
    long start = System.nanoTime() + 50_000_000L;
    long phaseStarted = System.nanoTime();
    double cpuBefore = generatorCpuSeconds();
    double processBefore = processCpuSeconds();
    double serviceBefore = serviceCpuSeconds();
    double machineBefore = machineCpuSeconds();
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "load-ticker"));
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      dues[i] = due;
      AtomicBoolean once = new AtomicBoolean();
      finished[i] = once;
      Q request = pick.apply(i);
      ticker.schedule(
          () -> {
            CompletableFuture<Integer> answer;
            try {
              answer = send.apply(request);
            } catch (RuntimeException e) {
              answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete(
                (status, failure) -> {
                  if (!once.compareAndSet(false, true)) {
                    return;
                  }
                  long micros = Math.min(MAX_MICROS, Math.max(1, (System.nanoTime() - due) / 1000));
                  String outcome = failure != null ? cause(failure) : Integer.toString(status);
                  all.recordValue(micros);
                  if (failure == null && status >= 200 && status < 300) {
                    successes.recordValue(micros);
                  }
                  outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                  done.incrementAndGet();
                });
          },
          due - System.nanoTime(),
          TimeUnit.NANOSECONDS);
    }
    long deadline = System.nanoTime() + (seconds + 30L) * 1_000_000_000L;
    while (done.get() < total && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    long now = System.nanoTime();
    for (int i = 0; i < total; i++) {
      if (finished[i].compareAndSet(false, true)) {
        all.recordValue(Math.min(MAX_MICROS, Math.max(1, (now - dues[i]) / 1000)));
        outcomes.computeIfAbsent(UNFINISHED, k -> new AtomicLong()).incrementAndGet();
      }
    }
    // The scheduler's CPU time is read before it stops: a thread's time goes with the thread.
    double cpu = generatorCpuSeconds() - cpuBefore;
    double process = processCpuSeconds() - processBefore;
    double serviceCpu = serviceCpuSeconds() - serviceBefore;
    double machine = machineCpuSeconds() - machineBefore;
    // Processor time is read over the whole phase, the wait for the last answers included, so it
    // is set against that time rather than the scheduled seconds.
    double elapsed = Math.max(1e-3, (System.nanoTime() - phaseStarted) / 1e9);
    ticker.shutdownNow();
    Map<String, Long> counted = new TreeMap<>();
    outcomes.forEach((k, v) -> counted.put(k, v.get()));
    return new Result(
        name,
        rate,
        seconds,
        total,
        counted,
        all.getIntervalHistogram(),
        successes.getIntervalHistogram(),
        cpu,
        process,
        serviceCpu,
        machine,
        elapsed);
  }

  /** The observed service's processor time so far, or NaN when none is observed. */
  private double serviceCpuSeconds() {
    if (service == null) {
      return Double.NaN;
    }
    return service.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /**
   * Processor time spent by the whole machine so far (every process, the kernel included), from
   * {@code /proc/stat}; NaN where there is no such file.
   */
  static double machineCpuSeconds() {
    try {
      String[] fields =
          java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat"))
              .get(0)
              .split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...: user to softirq but idle and
      // iowait is this machine's work; steal is time the host gave to others. The CDC benchmark's
      // CpuUse counts the same (it runs from the pipeline's classes, which cannot reach these).
      long busy = 0;
      for (int i = 1; i < Math.min(fields.length, 8); i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(fields[i]);
        }
      }
      return busy / 100.0; // USER_HZ, 100 on Linux
    } catch (java.io.IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return 0;
  }

  private double generatorCpuSeconds() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (long id : threads.getAllThreadIds()) {
      ThreadInfo info = threads.getThreadInfo(id);
      if (info == null) {
        continue;
      }
      String thread = info.getThreadName();
      boolean generator = thread.startsWith("load-");
      for (String prefix : generatorThreadPrefixes) {
        generator |= thread.startsWith(prefix);
      }
      if (generator) {
        nanos += Math.max(0, threads.getThreadCpuTime(id));
      }
    }
    return nanos / 1e9;
  }
}
