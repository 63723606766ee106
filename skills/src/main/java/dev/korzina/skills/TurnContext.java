package dev.korzina.skills;

import dev.korzina.cart.Cart;
import dev.korzina.nlu.Language;

/**
 * Everything a skill needs for one turn.
 *
 * @param session who is talking and their cart
 * @param language the language to answer in
 * @param conversation the state before the turn, without a pending question
 * @param before the cart before the turn
 */
record TurnContext(Session session, Language language, Conversation conversation, Cart before) {

    /** The household's cart id. */
    String cartId() {
        return session.cartId();
    }
}
