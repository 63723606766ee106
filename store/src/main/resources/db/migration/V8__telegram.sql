-- Telegram updates already handled, by update_id, so that a redelivery (also after a restart) is ignored.
CREATE TABLE telegram_updates (
    update_id    BIGINT PRIMARY KEY,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX telegram_updates_age ON telegram_updates (received_at);

-- Private chats with the bot: whose they are, in which language to write, whether the bot may write first
-- (blocked = the user blocked the bot; notices_off = the user opted out of notices) and the chat's cart message,
-- edited in place up to cart_version.
CREATE TABLE telegram_chats (
    chat_id          BIGINT PRIMARY KEY,
    customer_id      UUID NOT NULL REFERENCES customers (id),
    language         TEXT NOT NULL,
    blocked          BOOLEAN NOT NULL DEFAULT false,
    notices_off      BOOLEAN NOT NULL DEFAULT false,
    cart_message_id  BIGINT,
    cart_version     BIGINT NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX telegram_chats_customer ON telegram_chats (customer_id);
