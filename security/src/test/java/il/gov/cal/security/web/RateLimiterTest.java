package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock the test moves by hand. */
  static final class ManualClock implements TimeMeter {
    long nanos;

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final RateLimiter limiter = new RateLimiter(RateLimitSettings.defaults(), clock);

  @Test
  void thePinLimitAllowsThreePerMinuteThenRefusesWithTheSecondsToWait() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire(EndpointClass.PIN, "sub:dana").allowed()).isTrue();
    }

    RateLimiter.Decision refused = limiter.tryAcquire(EndpointClass.PIN, "sub:dana");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(20);
  }

  @Test
  void aRefusedClientIsAllowedAgainOnceTheBucketRefills() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire(EndpointClass.PIN, "sub:dana");
    }

    clock.advance(Duration.ofSeconds(20));

    assertThat(limiter.tryAcquire(EndpointClass.PIN, "sub:dana").allowed()).isTrue();
    assertThat(limiter.tryAcquire(EndpointClass.PIN, "sub:dana").allowed()).isFalse();
  }

  @Test
  void clientsAndEndpointClassesHaveSeparateBuckets() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire(EndpointClass.PIN, "sub:dana");
    }

    assertThat(limiter.tryAcquire(EndpointClass.PIN, "sub:noa").allowed()).isTrue();
    assertThat(limiter.tryAcquire(EndpointClass.DEFAULT, "sub:dana").allowed()).isTrue();
  }

  @Test
  void configuredLimitsReplaceTheDefaults() {
    RateLimiter strict =
        new RateLimiter(
            new RateLimitSettings(Map.of(EndpointClass.OTP, 1), 1000, false, true), clock);

    assertThat(strict.tryAcquire(EndpointClass.OTP, "ip:10.0.0.1").allowed()).isTrue();
    assertThat(strict.tryAcquire(EndpointClass.OTP, "ip:10.0.0.1").retryAfterSeconds())
        .isEqualTo(60);
  }

  @Test
  void theBucketMapStaysBoundedUnderAFloodOfDistinctClients() {
    RateLimiter bounded = new RateLimiter(new RateLimitSettings(Map.of(), 100, false, true), clock);

    for (int i = 0; i < 10_000; i++) {
      bounded.tryAcquire(EndpointClass.DEFAULT, "ip:" + i);
    }

    assertThat(bounded.trackedClients()).isLessThanOrEqualTo(101);
  }

  @Test
  void bucketsIdleForAMinuteAreDroppedFirstAndActiveOnesKeepTheirCount() {
    RateLimiter bounded = new RateLimiter(new RateLimitSettings(Map.of(), 100, false, true), clock);
    for (int i = 0; i < 99; i++) {
      bounded.tryAcquire(EndpointClass.DEFAULT, "ip:idle-" + i);
    }
    clock.advance(Duration.ofMillis(60_500));
    for (int i = 0; i < 3; i++) {
      bounded.tryAcquire(EndpointClass.PIN, "sub:active");
    }

    clock.advance(Duration.ofMillis(500));
    bounded.tryAcquire(EndpointClass.DEFAULT, "ip:new");

    assertThat(bounded.trackedClients()).isEqualTo(2);
    assertThat(bounded.tryAcquire(EndpointClass.PIN, "sub:active").allowed()).isFalse();
  }

  @Test
  void disabledLimitsAllowEverything() {
    RateLimiter off = new RateLimiter(new RateLimitSettings(Map.of(), 100, false, false), clock);

    for (int i = 0; i < 100; i++) {
      assertThat(off.tryAcquire(EndpointClass.PIN, "sub:dana").allowed()).isTrue();
    }
  }
}
