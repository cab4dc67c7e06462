package il.gov.cal.core.card.domain;

/** The kind of card: a plastic card sent to the holder, or a virtual card for online use. */
public enum CardProduct {
  PHYSICAL,
  VIRTUAL
}
