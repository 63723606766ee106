package dev.korzina.nlu.intent;

/** The kinds of request an utterance can be, before its items are read. */
public enum IntentKind {
    ADD_ITEMS,
    REMOVE_ITEMS,
    SET_QUANTITY,
    SEARCH_PRODUCT,
    SHOW_CART,
    CLEAR_CART,
    CHECKOUT,
    ORDER_STATUS,
    REPLENISH,
    REPEAT_ORDER,
    UNDO,
    CONFIRM,
    DENY,
    HELP,
    STOP,
    /** No cue at all: a bare list of products ("молоко и хлеб") or something else. */
    NONE,
    OUT_OF_SCOPE
}
