package il.gov.cal.cdc.search;

/**
 * One action of a bulk request and the index it is written into (the alias, or a version being
 * built).
 */
record BulkTarget(SearchAction action, String index) {}
