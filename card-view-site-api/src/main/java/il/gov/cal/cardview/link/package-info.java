/**
 * Deep-link tokens: the compact HMAC-signed token the mobile app's backend mints ({@link
 * il.gov.cal.cardview.link.LinkTokenMinter}) and the site accepts once, within two minutes, for one
 * cardholder and card. The format is documented on {@link
 * il.gov.cal.cardview.link.LinkTokenFormat}.
 */
package il.gov.cal.cardview.link;
