/** REST resource for budgets; amounts are decimal strings with their currency. */
package il.gov.cal.core.budget.api;
