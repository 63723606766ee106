/**
 * The dialog engine wired to the database and catalog, shared by every channel: a channel resolves who is talking
 * and hands the utterance to {@link dev.korzina.assistant.dialog.Dialogs}.
 */
package dev.korzina.assistant.dialog;
