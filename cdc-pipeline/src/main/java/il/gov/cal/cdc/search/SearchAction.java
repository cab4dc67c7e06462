package il.gov.cal.cdc.search;

import java.util.Map;

/**
 * One document write: index the document under its id with the external version, or delete it
 * (document null) with that version.
 *
 * @param index the logical index ({@code transactions}); written through its alias
 * @param id the document id (source primary key)
 * @param version the packed source position, used as the external version
 * @param document the document, or null for a delete
 * @param sourceTable the source table, for dead letters
 */
public record SearchAction(
    String index, String id, long version, Map<String, Object> document, String sourceTable) {

  public boolean isDelete() {
    return document == null;
  }
}
