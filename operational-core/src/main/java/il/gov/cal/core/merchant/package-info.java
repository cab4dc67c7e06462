/**
 * Merchants as card files describe them: the merchant category codes of ISO 18245 and their
 * descriptions.
 *
 * <p>The reference list is the public-domain {@code reference/mcc_codes.csv} on the classpath
 * (licence text beside it). Codes are four-character strings and keep their leading zeros ({@code
 * 0742}); they are never numbers. The list is loaded once, read-only, and corrected where the
 * source is known to be wrong (see {@link il.gov.cal.core.merchant.MccDirectory}).
 */
package il.gov.cal.core.merchant;
