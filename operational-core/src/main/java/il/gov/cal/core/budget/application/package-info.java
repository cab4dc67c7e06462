/** Use cases on budgets: allocate, and view the figures. */
package il.gov.cal.core.budget.application;
