-- The dialog engine's state per conversation (channel identity): language, last product, pending questions.
CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,
    state       JSONB NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Free-text shopping list entries of a household: what was asked for but is no catalog product.
CREATE TABLE notes (
    id            BIGSERIAL PRIMARY KEY,
    household_id  UUID NOT NULL REFERENCES households (id),
    text          TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (household_id, text)
);
