/**
 * The typed client of the shared cart API of {@code reference/cart-api.md}: REST calls and live WebSocket
 * updates. Filled by the shared-cart issue; the module exists so the dependency graph is fixed.
 */
package dev.korzina.cart.client;
