-- The store's product catalog, replaced as a whole by each import.
CREATE TABLE products (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_en     TEXT,
    brand       TEXT,
    category    TEXT,
    price       NUMERIC(12, 2) CHECK (price >= 0),
    unit        TEXT,
    size        NUMERIC(14, 3) CHECK (size > 0),
    popularity  DOUBLE PRECISION NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
