/**
 * The dialog engine's state in PostgreSQL: {@link dev.korzina.store.dialog.PostgresConversationStore} keeps each
 * conversation as one JSONB row, {@link dev.korzina.store.dialog.PostgresNoteStore} the households' notes and
 * {@link dev.korzina.store.dialog.PostgresTranscriptStore} every turn.
 */
package dev.korzina.store.dialog;
