/**
 * The correlation id that ties together the log lines, the error response and the audit events of
 * one request. It lives in the SLF4J MDC under {@value
 * il.gov.cal.security.correlation.CorrelationId#MDC_KEY} for the duration of the request, on the
 * request's thread; work handed to another thread must carry it over explicitly.
 */
package il.gov.cal.security.correlation;
