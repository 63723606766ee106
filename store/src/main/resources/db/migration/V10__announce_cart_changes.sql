-- Every change of a cart bumps its version; announcing it from the database, in the same transaction, means no
-- code path can forget to, and costs the change no round trip of its own. Listeners (this and other instances)
-- get the cart id on the channel 'cart_changed' once the change commits, never for a change rolled back.
CREATE FUNCTION announce_cart_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cart_changed', NEW.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER cart_changed
AFTER UPDATE OF version ON carts
FOR EACH ROW EXECUTE FUNCTION announce_cart_change();
