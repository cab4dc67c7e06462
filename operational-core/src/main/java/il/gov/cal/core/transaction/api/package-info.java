/** REST resource for the operational list of card transactions. */
package il.gov.cal.core.transaction.api;
