-- Households, their customers and the channel identities that lead to them.
CREATE TABLE households (
    id          UUID PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE customers (
    id            UUID PRIMARY KEY,
    household_id  UUID NOT NULL REFERENCES households (id),
    role          TEXT NOT NULL CHECK (role IN ('owner', 'member', 'support')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX customers_household ON customers (household_id);

CREATE TABLE identities (
    channel      TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    customer_id  UUID NOT NULL REFERENCES customers (id),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, external_id)
);

-- API tokens, stored only as their SHA-256 hash.
CREATE TABLE sessions (
    token_hash   BYTEA PRIMARY KEY,
    customer_id  UUID NOT NULL REFERENCES customers (id),
    channel      TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One active cart per household; version counts its changes.
CREATE TABLE carts (
    id            UUID PRIMARY KEY,
    household_id  UUID NOT NULL UNIQUE REFERENCES households (id),
    version       BIGINT NOT NULL DEFAULT 0,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Name, unit and price are kept as they were when the product was added.
CREATE TABLE cart_lines (
    id          UUID PRIMARY KEY,
    cart_id     UUID NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    product_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    quantity    NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit        TEXT NOT NULL,
    price       NUMERIC(12, 2),
    added_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (cart_id, product_id)
);

-- The change log: one row per cart version. delta_quantity is what the change did to the line's quantity,
-- so that an undo can revert exactly that even after other people's changes.
CREATE TABLE cart_events (
    cart_id         UUID NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    version         BIGINT NOT NULL,
    type            TEXT NOT NULL,
    product_id      TEXT,
    line            JSONB,
    delta           JSONB,
    customer_id     UUID NOT NULL,
    channel         TEXT NOT NULL,
    undone_by       BIGINT,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (cart_id, version)
);
CREATE INDEX cart_events_author ON cart_events (cart_id, customer_id, version DESC);

-- Answers to requests with an Idempotency-Key, replayed for 24 hours.
CREATE TABLE idempotency_keys (
    customer_id  UUID NOT NULL,
    key          TEXT NOT NULL,
    status       INTEGER NOT NULL,
    body         TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

-- One-time codes that link an identity into another customer's household.
CREATE TABLE link_codes (
    code         TEXT PRIMARY KEY,
    customer_id  UUID NOT NULL REFERENCES customers (id),
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

CREATE TABLE link_attempts (
    customer_id  UUID NOT NULL,
    at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    succeeded    BOOLEAN NOT NULL
);
CREATE INDEX link_attempts_recent ON link_attempts (at);
