package il.gov.cal.cdc.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes a source table to its projection. Tables of the captured databases without a mapper go to
 * the pass-through projection when it is on, and are otherwise ignored (the signal table, for one,
 * is never projected).
 */
public final class Router {

  /** The projections of the operational core, one per captured table. */
  public static final List<Projection> CORE =
      List.of(
          new UnitProjection(),
          new CardholderProjection(),
          new CardProjection(),
          new BudgetProjection(),
          new TransactionProjection(),
          new AuditEventProjection());

  private static final PassThroughProjection PASS_THROUGH = new PassThroughProjection();

  private final Map<String, Projection> byTable;
  private final boolean passThrough;

  public Router(boolean passThrough) {
    this.byTable =
        CORE.stream().collect(Collectors.toMap(Projection::sourceTable, Function.identity()));
    this.passThrough = passThrough;
  }

  /** The projection of a table, if it has one. */
  public Optional<Projection> route(String table) {
    if ("debezium_signal".equals(table)) {
      return Optional.empty();
    }
    Projection projection = byTable.get(table);
    if (projection != null) {
      return Optional.of(projection);
    }
    return passThrough ? Optional.of(PASS_THROUGH) : Optional.empty();
  }

  /** Every projection this router may route to. */
  public List<Projection> projections() {
    if (!passThrough) {
      return CORE;
    }
    return java.util.stream.Stream.concat(CORE.stream(), java.util.stream.Stream.of(PASS_THROUGH))
        .toList();
  }

  /** The projection writing the given index. */
  public Optional<Projection> byIndex(String index) {
    return projections().stream().filter(p -> p.index().equals(index)).findFirst();
  }
}
