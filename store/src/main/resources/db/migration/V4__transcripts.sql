-- Every dialog turn, for support staff: what was said, understood, changed and answered, and how fast.
CREATE TABLE transcripts (
    id            BIGSERIAL PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    channel       TEXT NOT NULL,
    customer_id   UUID NOT NULL REFERENCES customers (id),
    household_id  UUID NOT NULL REFERENCES households (id),
    utterance     TEXT NOT NULL,
    language      TEXT NOT NULL,
    intent        TEXT NOT NULL,
    items         TEXT[] NOT NULL,
    cart_diff     TEXT NOT NULL,
    reply         TEXT NOT NULL,
    latency_us    BIGINT NOT NULL
);
CREATE INDEX transcripts_customer_at ON transcripts (customer_id, at);
