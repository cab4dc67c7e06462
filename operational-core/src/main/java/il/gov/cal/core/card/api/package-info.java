/** REST resource for cards; the issuer token is never returned. */
package il.gov.cal.core.card.api;
