/**
 * Conventions every resource of the core follows: money as a decimal string beside its ISO 4217
 * code, opaque tamper-evident cursors for paging, request bodies checked by Bean Validation before
 * any use, and the {@code Idempotency-Key} header honoured on every POST that creates something.
 */
package il.gov.cal.core.api;
