/**
 * The cart API over the network: REST calls with the JDK {@link java.net.http.HttpClient} and live updates over an
 * Eclipse Jetty WebSocket. Start with {@link dev.korzina.cart.client.HttpCartClient}.
 */
package dev.korzina.cart.client;
