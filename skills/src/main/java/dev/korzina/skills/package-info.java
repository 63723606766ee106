/**
 * The dialog engine and its cart skills: from an utterance to a change of the shared cart and a short reply that
 * can be spoken. Start with {@link dev.korzina.skills.DialogEngine}; the engine keeps its state behind the
 * {@link dev.korzina.skills.ConversationStore} and {@link dev.korzina.skills.NoteStore} seams and changes the cart
 * only through {@link dev.korzina.cart.CartClient}. "Что купить на неделю" proposes the household's predicted basket
 * ({@link dev.korzina.skills.Restocking}); {@link dev.korzina.skills.WeeklyBasket} offers it unprompted once a week.
 */
package dev.korzina.skills;
