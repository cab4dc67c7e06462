/**
 * The organisation's unit hierarchy (ministry, division, unit, to any depth). Each unit keeps a
 * materialised path of ids from its root, {@code /1/4/9/}, so a subtree is a path prefix; moving a
 * unit re-paths its whole subtree in the same transaction.
 */
package il.gov.cal.core.unit;
