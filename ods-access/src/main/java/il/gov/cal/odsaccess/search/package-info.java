/**
 * Reaching the ODS search cluster: the client, and the aliases the CDC pipeline keeps in front of
 * its indices. Services only read; they never create, write or delete an index.
 */
package il.gov.cal.odsaccess.search;
