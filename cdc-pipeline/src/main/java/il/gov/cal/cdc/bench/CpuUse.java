package il.gov.cal.cdc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the machine's processor time went during a phase of the benchmark: the whole machine (Linux
 * {@code /proc/stat}), this JVM (pipeline, search node and load generator together), the search
 * node's threads within it (named {@code opensearch[...]}), and the database server it started (the
 * {@code mariadbd} child process), in cores used on average. A figure that cannot be read (not
 * Linux) is shown as -1.
 */
final class CpuUse {

  private static final double TICKS_PER_SECOND = 100.0;

  private final long startedNanos = System.nanoTime();
  private final long machineBusy = machineBusyTicks();
  private final long jvmNanos = jvmCpuNanos();
  private final long databaseTicks = databaseTicks();
  private final Map<Long, Long> searchThreadNanos = searchThreadCpuNanos();

  /** The cores used since this snapshot, as text for the report. */
  String since() {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    double machine = (machineBusyTicks() - machineBusy) / TICKS_PER_SECOND / seconds;
    double jvm = (jvmCpuNanos() - jvmNanos) / 1e9 / seconds;
    double database = (databaseTicks() - databaseTicks) / TICKS_PER_SECOND / seconds;
    long searchNanos = 0;
    for (Map.Entry<Long, Long> thread : searchThreadCpuNanos().entrySet()) {
      searchNanos += thread.getValue() - searchThreadNanos.getOrDefault(thread.getKey(), 0L);
    }
    double search = searchNanos / 1e9 / seconds;
    return String.format(
        "cores busy %.2f of %d (this JVM %.2f: search node %.2f, the rest %.2f; MariaDB %.2f,"
            + " anything else %.2f)",
        machine,
        Runtime.getRuntime().availableProcessors(),
        jvm,
        search,
        jvm - search,
        database,
        machine - jvm - database);
  }

  /** The processor time of each live search node thread, by thread id. */
  private static Map<Long, Long> searchThreadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> nanos = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("opensearch[")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          nanos.put(info.getThreadId(), cpu);
        }
      }
    }
    return nanos;
  }

  private static long machineBusyTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal: user to softirq but idle and iowait
      // is this machine's work, as the read-side benchmarks count it; steal is the host's.
      long busy = 0;
      for (int i = 1; i < f.length && i <= 7; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(f[i]);
        }
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long jvmCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long databaseTicks() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
        .mapToLong(p -> processTicks(p.pid()))
        .sum();
  }

  private static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
