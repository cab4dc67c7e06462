/**
 * Budgets: an amount in ILS allocated to a unit for a fiscal period (a calendar year, or one month
 * of it), and what has been spent against it.
 *
 * <p>Spent, refunded and available are computed by query from {@code card_transaction} whenever
 * they are asked for, not kept as counters: the issuer-file import is the only writer of
 * transactions and already has enough to get right, a query over minor-unit integers is exact, and
 * figures can never drift from the transactions they summarise. The {@code spent_minor} and {@code
 * refunded_minor} columns of {@code budget} are therefore left at zero. What counts: transactions
 * billed in the budget's currency, dated (transaction date) within the period, on cards charged to
 * the budget's unit or any unit below it. PURCHASE and REVERSAL amounts add to spent (a reversal is
 * negative); REFUND amounts, negative as stored, add to refunded. Available = allocated - spent +
 * refunded. Known limitation: a card moved to another unit takes its history with it, because a
 * transaction records the card, not the unit at the time.
 */
package il.gov.cal.core.budget;
