package il.gov.cal.cdc.search;

import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.ops.Metrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes documents with the bulk API, idempotently and in source order per key.
 *
 * <p>Every action carries its packed source position as an external version ({@code
 * version_type=external_gte}), so a redelivered or late action never replaces newer state (it is
 * answered 409 and counted as done). {@link #write} returns only when every item is written, found
 * stale, or dead-lettered: retriable failures (429 with or without an error object, 5xx, timeouts,
 * an unreachable node) are sent again with exponential backoff capped at 10 s, for as long as it
 * takes. The caller holds its offsets meanwhile.
 *
 * <p>While a rebuild fills a new index version (alias {@code cal-<index>-building}), each action is
 * also written there, so the new version misses nothing written during the rebuild.
 */
public final class SearchWriter {

  private static final Logger LOG = LoggerFactory.getLogger(SearchWriter.class);
  private static final long MAX_BACKOFF_MILLIS = 10_000;
  private static final long BUILDING_CHECK_MILLIS = 2_000;

  private final SearchHttp http;
  private final SearchIndices indices;
  private final Metrics metrics;
  private final Consumer<List<DeadLetter>> deadLetters;
  private final Map<String, Optional<String>> buildingByIndex = new ConcurrentHashMap<>();
  private volatile long buildingCheckedAt;

  public SearchWriter(SearchHttp http, Metrics metrics, Consumer<List<DeadLetter>> deadLetters) {
    this.http = http;
    this.indices = new SearchIndices(http);
    this.metrics = metrics;
    this.deadLetters = deadLetters;
  }

  /** Writes every action; returns once none is left to retry. */
  public void write(List<SearchAction> actions) throws InterruptedException {
    List<BulkTarget> targets = new ArrayList<>();
    for (SearchAction action : actions) {
      targets.add(new BulkTarget(action, IndexNames.alias(action.index())));
    }
    refreshBuilding(actions);
    for (SearchAction action : actions) {
      buildingByIndex
          .getOrDefault(action.index(), Optional.empty())
          .ifPresent(real -> targets.add(new BulkTarget(action, real)));
    }
    writeTargets(targets);
  }

  /** Writes every action into one real index, ignoring aliases (used by rebuilds). */
  public void writeDirect(String realIndex, List<SearchAction> actions)
      throws InterruptedException {
    List<BulkTarget> targets = new ArrayList<>();
    for (SearchAction action : actions) {
      targets.add(new BulkTarget(action, realIndex));
    }
    writeTargets(targets);
  }

  private void writeTargets(List<BulkTarget> targets) throws InterruptedException {
    List<BulkTarget> pending = targets;
    int attempt = 0;
    while (!pending.isEmpty()) {
      if (attempt > 0) {
        metrics.recordRetry();
        long backoff = Math.min(MAX_BACKOFF_MILLIS, 100L << Math.min(attempt, 12));
        if (attempt == 1 || attempt % 10 == 0) {
          LOG.warn("Bulk retry attempt={} items={} backoffMs={}", attempt, pending.size(), backoff);
        }
        Thread.sleep(backoff);
      }
      attempt++;
      pending = send(pending);
    }
  }

  private List<BulkTarget> send(List<BulkTarget> targets) {
    BulkBody body = BulkBody.of(targets);
    List<BulkItem> items;
    try {
      SearchHttp.Response response =
          http.post("/_bulk", body.bytes(), body.length(), "application/x-ndjson");
      if (response.status() == 429 || response.status() >= 500) {
        LOG.debug("Bulk call refused status={}", response.status());
        return targets;
      }
      if (!response.ok()) {
        return deadLetterAll(targets, "bulk call refused: HTTP " + response.status());
      }
      items = BulkResponseParser.items(response.body());
    } catch (IOException e) {
      LOG.debug("Bulk call failed cause={}", e.toString());
      return targets;
    }
    if (items.size() != targets.size()) {
      LOG.warn("Bulk answer has items={} for requests={}; resending", items.size(), targets.size());
      return targets;
    }
    List<BulkTarget> again = new ArrayList<>();
    List<DeadLetter> refused = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      BulkItem item = items.get(i);
      BulkTarget target = targets.get(i);
      switch (BulkItemClassifier.classify(item)) {
        case DONE, STALE -> {}
        case RETRY, INDEX_FULL_DOCUMENT -> again.add(target);
        case DEAD_LETTER ->
            refused.add(deadLetter(target, item.errorType() + ": " + item.errorReason()));
      }
    }
    if (!refused.isEmpty()) {
      deadLetters.accept(refused);
      metrics.recordDeadLetters(refused.size());
      LOG.warn("Bulk items dead-lettered count={}", refused.size());
    }
    return again;
  }

  private List<BulkTarget> deadLetterAll(List<BulkTarget> targets, String reason) {
    List<DeadLetter> refused = new ArrayList<>();
    for (BulkTarget target : targets) {
      refused.add(deadLetter(target, reason));
    }
    deadLetters.accept(refused);
    metrics.recordDeadLetters(refused.size());
    LOG.warn("Bulk call dead-lettered count={} reason={}", refused.size(), reason);
    return List.of();
  }

  private static DeadLetter deadLetter(BulkTarget target, String reason) {
    SearchAction action = target.action();
    return new DeadLetter(
        action.id(),
        action.sourceTable(),
        target.index(),
        reason,
        action.document() == null ? null : CanonicalJson.write(action.document()));
  }

  private void refreshBuilding(List<SearchAction> actions) {
    long now = System.currentTimeMillis();
    if (now - buildingCheckedAt < BUILDING_CHECK_MILLIS) {
      return;
    }
    try {
      for (String index : actions.stream().map(SearchAction::index).distinct().toList()) {
        buildingByIndex.put(index, indices.building(index));
      }
      buildingCheckedAt = now;
    } catch (IOException e) {
      LOG.debug("Building alias check failed cause={}", e.toString());
    }
  }
}
