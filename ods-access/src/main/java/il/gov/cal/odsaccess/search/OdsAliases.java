package il.gov.cal.odsaccess.search;

/**
 * The aliases the CDC pipeline maintains in front of the ODS indices. Services always read through
 * an alias, never a concrete index, so the pipeline can rebuild an index beside the live one and
 * switch the alias without the readers noticing.
 */
public final class OdsAliases {

  /** Card transactions, denormalised with card, cardholder, unit and merchant details. */
  public static final String TRANSACTIONS = "cal-transactions";

  /** Cards: last four digits, expiry, status and the unit whose budget they are charged to. */
  public static final String CARDS = "cal-cards";

  /** Cardholders (no national id: the pipeline never copies it into the ODS). */
  public static final String CARDHOLDERS = "cal-cardholders";

  /** Budgets per unit and fiscal period. */
  public static final String BUDGETS = "cal-budgets";

  /** The unit hierarchy. */
  public static final String UNITS = "cal-units";

  /** Audit events of the operational core. */
  public static final String AUDIT_EVENTS = "cal-audit-events";

  /** Every alias, in the order a status page lists them. */
  public static final String[] ALL = {
    TRANSACTIONS, CARDS, CARDHOLDERS, BUDGETS, UNITS, AUDIT_EVENTS
  };

  private OdsAliases() {}
}
