package il.gov.cal.cdc.search;

/** The naming of indices: {@code cal-<index>} is the alias, {@code cal-<index>-v<n>} real. */
public final class IndexNames {

  private IndexNames() {}

  /** The alias every reader and the pipeline use. */
  public static String alias(String index) {
    return "cal-" + index;
  }

  /** The alias a rebuild sets on the index it fills, so the pipeline writes there too. */
  public static String buildingAlias(String index) {
    return "cal-" + index + "-building";
  }

  /** The real index of a version. */
  public static String versioned(String index, int version) {
    return "cal-" + index + "-v" + version;
  }

  /** The version number of a real index name, 0 when it has none. */
  public static int versionOf(String realIndex) {
    int v = realIndex.lastIndexOf("-v");
    try {
      return v < 0 ? 0 : Integer.parseInt(realIndex.substring(v + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
