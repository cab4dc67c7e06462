package il.gov.cal.cdc.command;

import il.gov.cal.cdc.projection.Projection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index names given to an ODS command. A name is a projection's logical index ({@code
 * transactions}, not the alias {@code cal-transactions}); any other name is refused before the
 * command touches a store, so a typo never reads as a clean result.
 */
final class IndexArguments {

  private IndexArguments() {}

  /**
   * @return {@code names}, each the index of one of {@code projections}
   * @throws IllegalArgumentException naming the first unknown name and the known ones
   */
  static List<String> checked(List<String> names, List<Projection> projections) {
    Set<String> known = new LinkedHashSet<>();
    projections.forEach(p -> known.add(p.index()));
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown index '"
                + name
                + "'; the indices are "
                + String.join(", ", known)
                + " (names without the cal- prefix)");
      }
    }
    return names;
  }

  /** Runs a command's main, answering a refused argument with its message and exit code 2. */
  static void refusingBadNames(CommandBody body) throws Exception {
    try {
      body.run();
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  @FunctionalInterface
  interface CommandBody {
    void run() throws Exception;
  }
}
