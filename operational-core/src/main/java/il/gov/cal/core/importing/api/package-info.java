/**
 * The import API: {@code POST /imports} uploads an issuer file (raw body or a multipart {@code
 * file} part) and answers 202 with the import's location; {@code GET /imports/{id}} reports its
 * state and counters while it runs and after; {@code GET /imports/{id}/rejections} pages through
 * the rejected records. Errors are RFC 9457 problem details through the core's shared mapping.
 *
 * <p>Every call needs the {@code issuer-system} role. Uploading is not tenant-scoped: the
 * organisation is the one the file's header names. A caller whose token names an organisation sees
 * only that organisation's imports.
 */
package il.gov.cal.core.importing.api;
