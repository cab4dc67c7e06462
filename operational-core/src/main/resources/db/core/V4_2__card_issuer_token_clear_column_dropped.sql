-- Every card now has its issuer token's blind index and ciphertext (Java migration 4.1): they
-- become required, the blind index takes over the uniqueness, and the clear column goes.

ALTER TABLE card
  MODIFY COLUMN issuer_token_idx CHAR(64) NOT NULL
    COMMENT 'keyed blind index of the issuer token, issuer-wide; for look-ups',
  MODIFY COLUMN issuer_token_enc VARBINARY(1024) NOT NULL
    COMMENT 'the issuer token, encrypted; never in clear',
  DROP KEY uq_card_token,
  DROP COLUMN issuer_token,
  ADD UNIQUE KEY uq_card_token_idx (issuer_token_idx);
