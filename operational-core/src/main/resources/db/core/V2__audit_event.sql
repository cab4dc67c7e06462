-- The audit trail: one row per audited action, append-only (the services only insert; their
-- database account should hold INSERT and SELECT on this table and nothing more).
-- No column holds a sensitive value: targets are named by id, never by card number or national id.
-- TIMESTAMP(3) is stored in UTC; its range ends in January 2038, when it must become DATETIME(3).
CREATE TABLE audit_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at    TIMESTAMP(3) NOT NULL,
  org_id         BIGINT       NULL,
  actor          VARCHAR(200) NOT NULL,
  action         VARCHAR(100) NOT NULL,
  target_type    VARCHAR(50)  NOT NULL,
  target_id      VARCHAR(100) NULL,
  outcome        VARCHAR(20)  NOT NULL,
  correlation_id VARCHAR(64)  NULL,
  PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_org_time ON audit_event (org_id, occurred_at);
CREATE INDEX ix_audit_event_correlation ON audit_event (correlation_id);
