-- What the issuer-file import reports beyond V1: the record count known after validation, the line
-- of a file-level rejection, and the client's Idempotency-Key (one import per key).

ALTER TABLE import_job
  ADD COLUMN records_total   INT          NULL COMMENT 'data records in the file, once validated' AFTER state,
  ADD COLUMN failure_line    INT          NULL COMMENT 'line of a file-level rejection' AFTER failure,
  ADD COLUMN idempotency_key VARCHAR(100) NULL COMMENT 'the uploading client''s Idempotency-Key',
  ADD UNIQUE KEY uq_import_idempotency (idempotency_key),
  ADD KEY ix_import_state (state);
