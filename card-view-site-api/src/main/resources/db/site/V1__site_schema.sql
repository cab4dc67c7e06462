-- The card-view site's own state, kept in the ODS schema so the site works while the operational
-- core's database is down. No table holds a token, code, PIN or card number: ids and hashes only.

-- Deep-link tokens already exchanged: a token id is accepted once. Rows past expires_at may go.
CREATE TABLE site_link_token_use (
  token_id      CHAR(22)     NOT NULL,
  cardholder_id BIGINT       NOT NULL,
  card_id       BIGINT       NOT NULL,
  used_at       TIMESTAMP(3) NOT NULL,
  expires_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (token_id),
  KEY ix_link_token_expiry (expires_at)
);

-- Sessions, by the SHA-256 of the session id (the id itself exists only in the cookie).
CREATE TABLE site_session (
  id_hash       CHAR(64)     NOT NULL,
  org_id        BIGINT       NOT NULL,
  cardholder_id BIGINT       NOT NULL,
  card_id       BIGINT       NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  last_seen_at  TIMESTAMP(3) NOT NULL,
  expires_at    TIMESTAMP(3) NOT NULL COMMENT 'absolute end, whatever the activity',
  PRIMARY KEY (id_hash),
  KEY ix_session_expiry (expires_at)
);

-- The current one-time code of a card's PIN recovery, as a keyed hash; deleted once used.
CREATE TABLE site_pin_otp (
  card_id       BIGINT       NOT NULL,
  code_hash     CHAR(64)     NOT NULL,
  expires_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (card_id)
);

-- Wrong codes per card since the last success; five lock PIN recovery until locked_until.
CREATE TABLE site_pin_guard (
  card_id       BIGINT       NOT NULL,
  failures      INT          NOT NULL,
  locked_until  TIMESTAMP(3) NULL,
  PRIMARY KEY (card_id)
);

-- Security events of the site (rejected links, PIN locks): the audit record beside the log line.
CREATE TABLE site_security_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at   TIMESTAMP(3) NOT NULL,
  kind          VARCHAR(40)  NOT NULL,
  reason        VARCHAR(40)  NOT NULL,
  org_id        BIGINT       NULL,
  cardholder_id BIGINT       NULL,
  card_id       BIGINT       NULL,
  client_addr   VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  KEY ix_security_event_time (occurred_at)
);
