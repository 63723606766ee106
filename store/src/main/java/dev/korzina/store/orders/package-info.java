/**
 * Orders and notices on PostgreSQL: {@link dev.korzina.store.orders.PostgresOrderStore} places an order and empties
 * its cart in one transaction and records the store's status events once each;
 * {@link dev.korzina.store.orders.PostgresNotices} keeps every household's news, holds pushes through the quiet
 * hours and honours opt-outs.
 */
package dev.korzina.store.orders;
