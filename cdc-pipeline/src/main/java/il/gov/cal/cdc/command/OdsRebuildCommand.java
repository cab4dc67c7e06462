package il.gov.cal.cdc.command;

import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.ods.OdsReferences;
import il.gov.cal.cdc.ods.OdsStatusStore;
import il.gov.cal.cdc.ods.OdsValues;
import il.gov.cal.cdc.ops.Metrics;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.Router;
import il.gov.cal.cdc.search.IndexNames;
import il.gov.cal.cdc.search.SearchAction;
import il.gov.cal.cdc.search.SearchHttp;
import il.gov.cal.cdc.search.SearchIndices;
import il.gov.cal.cdc.search.SearchWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a new version of an index while the current one keeps serving, then switches the alias in
 * one atomic call. Steps: create {@code cal-<index>-v<n+1>} from the current mapping; mark it with
 * the building alias so the running pipeline writes every new change there too; copy every live ODS
 * row into it, each document versioned by its row's source position (so a change the pipeline wrote
 * meanwhile is never overwritten by the copy); switch {@code cal-<index>}; drop the building alias.
 * The old version is kept for the operator to delete.
 *
 * <p>Arguments: the logical index names ({@code transactions}); none rebuilds every core index.
 */
public final class OdsRebuildCommand {

  private static final int PAGE = 2_000;
  private static final long PIPELINE_NOTICE_MILLIS = 3_000;

  private final PipelineConfig config;
  private final PrintStream out;

  public OdsRebuildCommand(PipelineConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    IndexArguments.refusingBadNames(
        () -> new OdsRebuildCommand(PipelineConfig.load(), System.out).run(List.of(args)));
  }

  /**
   * Rebuilds the given indices (every core index when empty); returns the new index names.
   *
   * @throws IllegalArgumentException for a name that is not an index of the pipeline
   */
  public List<String> run(List<String> indices)
      throws IOException, SQLException, InterruptedException {
    Router router = new Router(config.passThrough());
    IndexArguments.checked(indices, router.projections());
    List<String> built = new ArrayList<>();
    for (Projection projection : router.projections()) {
      if (indices.isEmpty()
          ? Router.CORE.contains(projection)
          : indices.contains(projection.index())) {
        built.add(rebuild(projection));
      }
    }
    return built;
  }

  private String rebuild(Projection projection)
      throws IOException, SQLException, InterruptedException {
    SearchHttp http = new SearchHttp(config.searchUrl());
    SearchIndices indices = new SearchIndices(http);
    String index = projection.index();
    indices.ensure(index);
    String current = indices.current(index).orElseThrow();
    String next = IndexNames.versioned(index, IndexNames.versionOf(current) + 1);
    indices.create(next, index);
    indices.building(index, next, true);
    out.printf("%s: building %s while %s serves%n", index, next, current);
    Thread.sleep(PIPELINE_NOTICE_MILLIS);
    try (Connection ods =
        DriverManager.getConnection(config.odsJdbcUrl(), config.odsUser(), config.odsPassword())) {
      SearchWriter writer = new DirectWriter(http, ods).writer();
      long total = count(ods, projection);
      long copied = 0;
      Object after = null;
      while (true) {
        List<SearchAction> page = new ArrayList<>();
        Object last = null;
        OdsReferences refs = new OdsReferences(ods);
        try (PreparedStatement s =
            ods.prepareStatement(
                "SELECT * FROM "
                    + projection.odsTable()
                    + " WHERE is_deleted = 0"
                    + (after == null ? "" : " AND id > ?")
                    + " ORDER BY id LIMIT "
                    + PAGE)) {
          if (after != null) {
            s.setObject(1, after);
          }
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              var row = OdsValues.row(rs, projection.columns());
              last = row.get("id");
              page.add(
                  new SearchAction(
                      index,
                      projection.documentId(row),
                      rs.getLong("source_position"),
                      projection.document(row, refs),
                      projection.sourceTable()));
            }
          }
        }
        if (page.isEmpty()) {
          break;
        }
        writer.writeDirect(next, page);
        copied += page.size();
        after = last;
        out.printf(
            "%s: %d/%d documents (%d%%)%n",
            index, copied, total, total == 0 ? 100 : copied * 100 / total);
      }
    }
    indices.switchAlias(index, current, next);
    indices.building(index, next, false);
    out.printf(
        "%s: alias %s now on %s; %s kept, delete it when satisfied%n",
        index, IndexNames.alias(index), next, current);
    return next;
  }

  private static long count(Connection ods, Projection projection) throws SQLException {
    try (PreparedStatement s =
            ods.prepareStatement(
                "SELECT COUNT(*) FROM " + projection.odsTable() + " WHERE is_deleted = 0");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A writer whose dead letters go straight to the ODS table. */
  private record DirectWriter(SearchHttp http, Connection ods) {
    SearchWriter writer() {
      return new SearchWriter(
          http,
          new Metrics(),
          letters -> {
            try {
              OdsStatusStore.deadLetters(ods, letters);
            } catch (SQLException e) {
              throw new IllegalStateException("dead letters could not be stored", e);
            }
          });
    }
  }
}
