package il.gov.cal.security.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Token buckets per client and endpoint class (Bucket4j, in memory): each bucket holds a minute's
 * allowance and refills continuously.
 *
 * <p>The map of buckets is bounded. When it outgrows {@link RateLimitSettings#maxClients()},
 * buckets idle for a full minute are dropped first; that loses nothing, since such a bucket has
 * refilled completely and a new one is identical. Only if that is not enough (a flood of distinct
 * clients within one minute) are the least recently used buckets dropped, down to nine tenths of
 * the bound, which briefly gives those clients a fresh allowance.
 */
public final class RateLimiter {

  private static final long REFILL_NANOS = Duration.ofMinutes(1).toNanos();

  private final RateLimitSettings settings;
  private final TimeMeter clock;
  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
  private final ReentrantLock eviction = new ReentrantLock();

  /**
   * A limiter on the system clock.
   *
   * @param settings the limits
   */
  public RateLimiter(RateLimitSettings settings) {
    this(settings, TimeMeter.SYSTEM_NANOTIME);
  }

  /**
   * A limiter on a given clock, for tests.
   *
   * @param settings the limits
   * @param clock the time source of the buckets and of idleness
   */
  public RateLimiter(RateLimitSettings settings, TimeMeter clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Takes one request from a client's bucket for an endpoint class.
   *
   * @param endpoint the endpoint class
   * @param clientKey who is asking: a subject or an address
   * @return whether the request may proceed and, if not, when to retry
   */
  public Decision tryAcquire(EndpointClass endpoint, String clientKey) {
    if (!settings.enabled()) {
      return Decision.ALLOWED;
    }
    String key = endpoint.name() + '|' + clientKey;
    long now = clock.currentTimeNanos();
    Entry entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(endpoint)));
    entry.lastUsed = now;
    if (buckets.size() > settings.maxClients()) {
      evict(now);
    }
    ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Decision.ALLOWED;
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    return new Decision(false, seconds);
  }

  /**
   * How many buckets are kept now.
   *
   * @return the number of client and endpoint-class pairs tracked
   */
  public int trackedClients() {
    return buckets.size();
  }

  private Bucket newBucket(EndpointClass endpoint) {
    int limit = settings.perMinute(endpoint);
    return Bucket.builder()
        .addLimit(b -> b.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)))
        .withCustomTimePrecision(clock)
        .build();
  }

  private void evict(long now) {
    if (!eviction.tryLock()) {
      return;
    }
    try {
      buckets.values().removeIf(entry -> now - entry.lastUsed >= REFILL_NANOS);
      int target = settings.maxClients() / 10 * 9;
      if (buckets.size() > target) {
        List<Map.Entry<String, Entry>> byAge = new ArrayList<>(buckets.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        for (int i = 0; i < byAge.size() - target; i++) {
          buckets.remove(byAge.get(i).getKey(), byAge.get(i).getValue());
        }
      }
    } finally {
      eviction.unlock();
    }
  }

  /**
   * The answer to one request.
   *
   * @param allowed whether it may proceed
   * @param retryAfterSeconds when refused, the whole seconds until one request is allowed again
   */
  public record Decision(boolean allowed, long retryAfterSeconds) {
    /** A request that may proceed. */
    public static final Decision ALLOWED = new Decision(true, 0);
  }

  private static final class Entry {
    final Bucket bucket;
    volatile long lastUsed;

    Entry(Bucket bucket) {
      this.bucket = bucket;
    }
  }
}
