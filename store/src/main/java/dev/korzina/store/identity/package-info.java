/**
 * Who is calling: channel identities, customers and their households, API sessions with hashed tokens, and
 * linking an identity into another household by a one-time code. Start with
 * {@link dev.korzina.store.identity.PostgresIdentityStore}.
 */
package dev.korzina.store.identity;
