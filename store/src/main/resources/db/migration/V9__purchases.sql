-- What households bought: one row per product of a past basket. A basket is the rows of one source (an order
-- number, an import's basket key) on one day; (household, source, line) is unique, so recording the same
-- source again (a re-import, a redelivered order event) adds nothing.
CREATE TABLE purchases (
    household_id  UUID NOT NULL REFERENCES households (id),
    source        TEXT NOT NULL,
    line          INTEGER NOT NULL,
    product_id    TEXT NOT NULL,
    purchased_on  DATE NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (household_id, source, line)
);

-- The weekly basket offer per household: when it was last sent, and whether the household opted out.
CREATE TABLE weekly_offers (
    household_id     UUID PRIMARY KEY REFERENCES households (id),
    last_offered_on  DATE,
    opted_out        BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
