/**
 * Who is asking: the caller's organisation and unit scope, from the verified token and nowhere
 * else, and the roles the resources admit.
 */
package il.gov.cal.odsquery.caller;
