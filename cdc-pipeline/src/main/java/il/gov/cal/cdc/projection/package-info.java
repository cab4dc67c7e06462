/**
 * The router from source table to projection, and one pure mapper per source table: which columns
 * reach the ODS (never the cardholder's ciphertext nor the card's issuer token) and what the search
 * document holds. No I/O here; denormalised values come through {@link
 * il.gov.cal.cdc.projection.References}.
 */
package il.gov.cal.cdc.projection;
