/**
 * RFC 9457 problem responses for the ODS read services: one exception type with a stable code, and
 * the mappers that answer it. This is the interim equivalent of the platform security module's
 * problem vocabulary; once that module ships its mappers the services switch to it here, in one
 * place.
 */
package il.gov.cal.odsaccess.problem;
