/**
 * The ODS documents as the CDC pipeline writes them ({@code <Thing>Document}), read-only records. A
 * service turns them into its own {@code <Thing>View}; a document never leaves a service as is.
 */
package il.gov.cal.odsaccess.document;
