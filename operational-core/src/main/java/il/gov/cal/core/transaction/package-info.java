/**
 * Card transactions as the operational core sees them: read-only here. The issuer-file import
 * writes them; this feature lists and shows them to the organisation they belong to.
 */
package il.gov.cal.core.transaction;
