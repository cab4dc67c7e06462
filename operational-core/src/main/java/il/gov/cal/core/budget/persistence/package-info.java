/** Storage of budgets and the query that sums their transactions, per organisation. */
package il.gov.cal.core.budget.persistence;
