/**
 * The ODS documents as the CDC pipeline writes them ({@code <Thing>Document}), read-only records. A
 * service turns them into its own {@code <Thing>View}; a document never leaves a service as is.
 *
 * <p>A record holds only the fields a service reads; the others in a stored document are skipped
 * ({@code @JsonIgnoreProperties(ignoreUnknown = true)} on each). The annotation matters beyond the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} being off: without it, Jackson copies every unknown
 * field of a record's JSON into a buffer before discarding it, for every hit of every search.
 */
package il.gov.cal.odsaccess.document;
