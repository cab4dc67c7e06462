/** The card, its product and its lifecycle. */
package il.gov.cal.core.card.domain;
