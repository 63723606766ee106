/**
 * The web chat channel: {@code GET /chat}, a page in Russian or English that talks to the assistant over
 * {@code POST /api/dialog/turns}, shows the household cart live from the cart WebSocket and links a family member's
 * browser with a code. Start with {@link dev.korzina.assistant.webchat.ChatPage}.
 */
package dev.korzina.assistant.webchat;
