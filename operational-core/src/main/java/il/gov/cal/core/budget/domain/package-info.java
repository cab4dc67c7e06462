/** The budget, its fiscal period and its figures. */
package il.gov.cal.core.budget.domain;
