/**
 * The shared cart as its clients see it: the {@link dev.korzina.cart.CartClient} interface, the cart records of
 * {@code reference/cart-api.md} and the typed errors. Implementations: the in-process one in the store module and
 * {@link dev.korzina.cart.client.HttpCartClient} for a cart service elsewhere. Start with {@code CartClient}.
 */
package dev.korzina.cart;
