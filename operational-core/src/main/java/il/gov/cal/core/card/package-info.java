/**
 * Cards: requested for a unit, issued by the issuer, assigned to a cardholder, then used, frozen,
 * cancelled or expired. The lifecycle is enforced by {@link il.gov.cal.core.card.domain.Card}; an
 * illegal move is a {@code card.illegal-transition} problem (409).
 */
package il.gov.cal.core.card;
