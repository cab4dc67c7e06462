/**
 * REST resource for cardholders. Lists and searches carry no personal identifier; the view of one
 * cardholder carries the decrypted email and phone and the national id masked to its last three
 * digits, never in clear. A national id is searched for in a request body, never in a URL.
 */
package il.gov.cal.core.cardholder.api;
