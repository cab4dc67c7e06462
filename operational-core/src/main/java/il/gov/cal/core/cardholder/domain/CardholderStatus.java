package il.gov.cal.core.cardholder.domain;

/** Whether a cardholder may be given cards: ACTIVE may, INACTIVE (left or suspended) may not. */
public enum CardholderStatus {
  ACTIVE,
  INACTIVE
}
