-- Orders: a household's cart as it was when the order was placed, and where the store has got with it.
CREATE SEQUENCE order_numbers START WITH 1001;

CREATE TABLE orders (
    id                 UUID PRIMARY KEY,
    number             BIGINT NOT NULL UNIQUE DEFAULT nextval('order_numbers'),
    household_id       UUID NOT NULL REFERENCES households (id),
    customer_id        UUID NOT NULL REFERENCES customers (id),
    channel            TEXT NOT NULL,
    status             TEXT NOT NULL
        CHECK (status IN ('placed', 'accepted', 'assembling', 'with_courier', 'delivered', 'cancelled')),
    total              NUMERIC(12, 2) NOT NULL,
    placed_at          TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    eta                TIMESTAMPTZ,
    courier_name       TEXT,
    courier_phone      TEXT,
    feedback_asked_at  TIMESTAMPTZ,
    rating             SMALLINT CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX orders_household ON orders (household_id, placed_at DESC);
CREATE INDEX orders_active ON orders (placed_at) WHERE status NOT IN ('delivered', 'cancelled');

CREATE TABLE order_lines (
    order_id    UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    product_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    quantity    NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit        TEXT NOT NULL,
    price       NUMERIC(12, 2),
    PRIMARY KEY (order_id, position)
);

-- Every status event the store sent, once per event id; applied is false for one that came late.
CREATE TABLE order_events (
    order_id     UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    event_id     TEXT NOT NULL,
    status       TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    applied      BOOLEAN NOT NULL,
    PRIMARY KEY (order_id, event_id)
);

-- Messages to households: heard_at when a conversation turn said them, pushed_at when push channels got them
-- (push_at is when they may be pushed: after the quiet hours).
CREATE TABLE notices (
    id            BIGSERIAL PRIMARY KEY,
    household_id  UUID NOT NULL REFERENCES households (id),
    kind          TEXT NOT NULL,
    russian       TEXT NOT NULL,
    english       TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    push_at       TIMESTAMPTZ NOT NULL,
    pushed_at     TIMESTAMPTZ,
    heard_at      TIMESTAMPTZ
);
CREATE INDEX notices_unheard ON notices (household_id) WHERE heard_at IS NULL;
CREATE INDEX notices_held ON notices (push_at) WHERE pushed_at IS NULL;

-- Households that asked for no notices.
CREATE TABLE notice_opt_outs (
    household_id  UUID PRIMARY KEY REFERENCES households (id),
    at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
