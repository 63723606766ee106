-- Bearer tokens of household members for channels without their own identity (Siri Shortcuts), issued by
-- `korzina tokens create`; stored only as their SHA-256 hash, with the member's name for people to recognise.
CREATE TABLE member_tokens (
    token_hash   BYTEA PRIMARY KEY,
    customer_id  UUID NOT NULL REFERENCES customers (id),
    member       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX member_tokens_customer ON member_tokens (customer_id);
