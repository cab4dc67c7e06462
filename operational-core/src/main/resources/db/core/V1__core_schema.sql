-- The operational core's schema. Every tenant-owned row carries org_id; money is held in minor
-- units (BIGINT) beside its ISO 4217 alphabetic code; times are UTC.

CREATE TABLE organisation (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  issuer_company_id VARCHAR(20) NULL COMMENT 'company id in the issuer files',
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_organisation_code (code),
  UNIQUE KEY uq_organisation_issuer (issuer_company_id)
);

-- Unit hierarchy: path is the chain of ids from the root, '/1/4/9/', so a subtree is a prefix.
CREATE TABLE unit (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  org_id      BIGINT       NOT NULL,
  parent_id   BIGINT       NULL,
  code        VARCHAR(64)  NOT NULL COMMENT 'hierarchy node in the issuer files',
  name        VARCHAR(200) NOT NULL,
  path        VARCHAR(1000) NOT NULL,
  depth       INT          NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_unit_code (org_id, code),
  KEY ix_unit_path (org_id, path(255)),
  CONSTRAINT fk_unit_org FOREIGN KEY (org_id) REFERENCES organisation (id),
  CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
);

CREATE TABLE cardholder (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  org_id          BIGINT        NOT NULL,
  unit_id         BIGINT        NOT NULL,
  external_ref    VARCHAR(64)   NOT NULL COMMENT 'cardholder id in the issuer files',
  employee_id     VARCHAR(64)   NULL,
  first_name      VARCHAR(100)  NOT NULL,
  last_name       VARCHAR(100)  NOT NULL,
  national_id_enc VARBINARY(1024) NULL COMMENT 'encrypted; never in clear',
  national_id_idx CHAR(64)      NULL COMMENT 'keyed blind index for look-ups',
  email_enc       VARBINARY(1024) NULL,
  phone_enc       VARBINARY(1024) NULL,
  status          VARCHAR(16)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_cardholder_ref (org_id, external_ref),
  KEY ix_cardholder_national_id (org_id, national_id_idx),
  CONSTRAINT fk_cardholder_org FOREIGN KEY (org_id) REFERENCES organisation (id),
  CONSTRAINT fk_cardholder_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

CREATE TABLE card (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  org_id          BIGINT        NOT NULL,
  cardholder_id   BIGINT        NULL,
  unit_id         BIGINT        NOT NULL COMMENT 'the unit whose budget the card is charged to',
  issuer_token    VARCHAR(128)  NOT NULL COMMENT 'the issuer reference standing in for the PAN',
  last4           CHAR(4)       NOT NULL,
  expiry          CHAR(7)       NULL COMMENT 'YYYY-MM',
  product         VARCHAR(16)   NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_card_token (issuer_token),
  KEY ix_card_cardholder (org_id, cardholder_id),
  CONSTRAINT fk_card_org FOREIGN KEY (org_id) REFERENCES organisation (id),
  CONSTRAINT fk_card_cardholder FOREIGN KEY (cardholder_id) REFERENCES cardholder (id),
  CONSTRAINT fk_card_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

-- One budget per unit and fiscal period: period_month NULL is the whole fiscal (calendar) year.
CREATE TABLE budget (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  org_id          BIGINT        NOT NULL,
  unit_id         BIGINT        NOT NULL,
  fiscal_year     SMALLINT      NOT NULL,
  fiscal_month    TINYINT       NULL,
  period_key      CHAR(7)       AS (CONCAT(fiscal_year, '-', LPAD(IFNULL(fiscal_month, 0), 2, '0'))) STORED,
  currency        CHAR(3)       NOT NULL,
  allocated_minor BIGINT        NOT NULL,
  spent_minor     BIGINT        NOT NULL DEFAULT 0,
  refunded_minor  BIGINT        NOT NULL DEFAULT 0,
  version         BIGINT        NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_budget_period (unit_id, period_key),
  CONSTRAINT fk_budget_org FOREIGN KEY (org_id) REFERENCES organisation (id),
  CONSTRAINT fk_budget_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

CREATE TABLE import_job (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  org_id          BIGINT        NULL COMMENT 'set once the header names the company',
  file_name       VARCHAR(255)  NOT NULL,
  stored_at       VARCHAR(1000) NOT NULL COMMENT 'where the original file is kept',
  sha256          CHAR(64)      NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  records_read    INT           NOT NULL DEFAULT 0,
  accepted        INT           NOT NULL DEFAULT 0,
  rejected        INT           NOT NULL DEFAULT 0,
  duplicates      INT           NOT NULL DEFAULT 0,
  failure         VARCHAR(1000) NULL,
  batch_execution_id BIGINT     NULL,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  finished_at     TIMESTAMP(3)  NULL,
  PRIMARY KEY (id)
);

CREATE TABLE import_rejection (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  import_id       BIGINT        NOT NULL,
  line_no         INT           NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_rejection_line (import_id, line_no),
  CONSTRAINT fk_rejection_import FOREIGN KEY (import_id) REFERENCES import_job (id)
);

CREATE TABLE card_transaction (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  org_id                BIGINT        NOT NULL,
  card_id               BIGINT        NOT NULL,
  issuer_ref            VARCHAR(64)   NOT NULL COMMENT 'unique per issuer: a re-sent record is the same transaction',
  kind                  VARCHAR(16)   NOT NULL COMMENT 'PURCHASE, REFUND, REVERSAL',
  type_code             CHAR(2)       NOT NULL,
  transaction_date      DATE          NOT NULL,
  posting_date          DATE          NOT NULL,
  original_amount_minor BIGINT        NOT NULL COMMENT 'signed: credits are negative',
  original_currency     CHAR(3)       NOT NULL,
  billing_amount_minor  BIGINT        NOT NULL COMMENT 'signed: credits are negative',
  billing_currency      CHAR(3)       NOT NULL,
  merchant_name         VARCHAR(200)  NOT NULL,
  merchant_city         VARCHAR(100)  NULL,
  merchant_country      CHAR(3)       NULL COMMENT 'ISO 3166 numeric',
  mcc                   CHAR(4)       NOT NULL,
  mcc_description       VARCHAR(200)  NULL,
  status                VARCHAR(16)   NOT NULL,
  import_id             BIGINT        NULL,
  created_at            TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at            TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_transaction_ref (issuer_ref),
  KEY ix_transaction_card (org_id, card_id, transaction_date),
  KEY ix_transaction_posting (org_id, posting_date),
  CONSTRAINT fk_transaction_org FOREIGN KEY (org_id) REFERENCES organisation (id),
  CONSTRAINT fk_transaction_card FOREIGN KEY (card_id) REFERENCES card (id)
);

-- Replay protection for POSTs that create something: the first response is kept and returned again.
CREATE TABLE idempotency_key (
  org_id          BIGINT        NOT NULL,
  idem_key        VARCHAR(100)  NOT NULL,
  request_hash    CHAR(64)      NOT NULL,
  status          INT           NOT NULL,
  location        VARCHAR(500)  NULL,
  body            MEDIUMTEXT    NULL,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (org_id, idem_key)
);
