/**
 * Budget figures on the read side: which transaction kinds count towards spent and refunded ({@link
 * il.gov.cal.odsaccess.budget.BudgetCounting}, the core's rule mirrored) and the one search of
 * {@code cal-transactions} that totals a list of budgets exactly.
 */
package il.gov.cal.odsaccess.budget;
