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
 * the budget's unit or any unit below it. Which kind counts as what is {@code
 * domain.BudgetCounting}: PURCHASE, REVERSAL and CREDIT_ADJUSTMENT amounts add to spent (the two
 * credits are negative, so spent is net of them); REFUND amounts, negative as stored, add to
 * refunded; PAYMENT (the organisation settling the card account with the issuer) counts towards no
 * figure, since what it pays for was counted when charged. Available = allocated - spent +
 * refunded. Known limitation: a card moved to another unit takes its history with it, because a
 * transaction records the card, not the unit at the time.
 */
package il.gov.cal.core.budget;
