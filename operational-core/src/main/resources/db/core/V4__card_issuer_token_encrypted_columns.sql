-- The card's issuer token is stored encrypted, like the cardholder's national id: a keyed blind
-- index, unique across the issuer, that every look-up uses, and an AWS Encryption SDK ciphertext.
-- Both are nullable until the Java migration 4.1 has filled them from the clear column, which
-- migration 4.2 then drops. The ciphertext's size is the cardholder columns' size.

ALTER TABLE card
  ADD COLUMN issuer_token_idx CHAR(64) NULL
    COMMENT 'keyed blind index of the issuer token, issuer-wide; for look-ups' AFTER unit_id,
  ADD COLUMN issuer_token_enc VARBINARY(1024) NULL
    COMMENT 'the issuer token, encrypted; never in clear' AFTER issuer_token_idx;
