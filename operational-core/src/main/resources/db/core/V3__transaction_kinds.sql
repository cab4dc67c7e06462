-- Payments and credit adjustments are stored as kinds of their own (PAYMENT, CREDIT_ADJUSTMENT)
-- instead of as REFUND, so the kind column grows to hold the longer name. Rows stored earlier as
-- REFUND with a payment or adjustment type code take their own kind. Widening a VARCHAR whose
-- length prefix stays one byte is an in-place change; the two UPDATEs scan the table once each.

ALTER TABLE card_transaction
  MODIFY COLUMN kind VARCHAR(24) NOT NULL
    COMMENT 'PURCHASE, REFUND, REVERSAL, PAYMENT, CREDIT_ADJUSTMENT';

UPDATE card_transaction SET kind = 'PAYMENT'
  WHERE kind = 'REFUND' AND type_code IN ('61', '63', '65');

UPDATE card_transaction SET kind = 'CREDIT_ADJUSTMENT'
  WHERE kind = 'REFUND' AND type_code IN ('71', '73');
