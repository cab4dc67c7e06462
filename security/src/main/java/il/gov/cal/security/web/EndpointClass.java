package il.gov.cal.security.web;

/**
 * Classes of endpoint with their own rate limits: guessing a PIN or an OTP must be far slower than
 * reading transactions. Each has a configurable limit per client per minute.
 */
public enum EndpointClass {
  /** Opening a session (exchanging the app's deep link for a site session). */
  SESSION("session", 20),
  /** Requesting or checking a one-time password. */
  OTP("otp", 5),
  /** Revealing or recovering a PIN. */
  PIN("pin", 3),
  /**
   * Bearer tokens refused at the edge, per client address: each refusal costs a verification and an
   * audit row, so a client that keeps sending bad tokens is answered 429, unrecorded, once over
   * this allowance.
   */
  REFUSED_TOKEN("refused-token", 120),
  /** Everything else. */
  DEFAULT("default", 300);

  private final String configName;
  private final int defaultPerMinute;

  EndpointClass(String configName, int defaultPerMinute) {
    this.configName = configName;
    this.defaultPerMinute = defaultPerMinute;
  }

  /**
   * The config key of this class's limit.
   *
   * @return {@code cal.ratelimit.<class>.per-minute}
   */
  public String configKey() {
    return "cal.ratelimit." + configName + ".per-minute";
  }

  /**
   * The limit used when none is configured.
   *
   * @return requests per client per minute
   */
  public int defaultPerMinute() {
    return defaultPerMinute;
  }
}
