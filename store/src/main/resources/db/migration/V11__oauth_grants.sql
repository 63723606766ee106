-- Authorization codes of the OAuth 2.0 server that Yandex Alice's account linking signs in through: a code is
-- granted for the household member whose link code the shopper entered, and exchanged once for an API session
-- token (kept only as its SHA-256 hash, like every token).
CREATE TABLE oauth_grants (
    code_hash     BYTEA PRIMARY KEY,
    customer_id   UUID NOT NULL REFERENCES customers (id),
    client_id     TEXT NOT NULL,
    redirect_uri  TEXT NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ
);

-- A link code entered on the sign-in page has no caller yet: its attempts count only towards the overall limit.
ALTER TABLE link_attempts ALTER COLUMN customer_id DROP NOT NULL;
