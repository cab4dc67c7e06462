/** Use cases on cards, one per lifecycle command. */
package il.gov.cal.core.card.application;
