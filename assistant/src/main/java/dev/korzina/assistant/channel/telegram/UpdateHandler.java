package dev.korzina.assistant.channel.telegram;

import dev.korzina.assistant.channel.telegram.botapi.AnswerCallbackQuery;
import dev.korzina.assistant.channel.telegram.botapi.CallbackQuery;
import dev.korzina.assistant.channel.telegram.botapi.Chat;
import dev.korzina.assistant.channel.telegram.botapi.ChatMemberUpdated;
import dev.korzina.assistant.channel.telegram.botapi.InlineKeyboardButton;
import dev.korzina.assistant.channel.telegram.botapi.InlineKeyboardMarkup;
import dev.korzina.assistant.channel.telegram.botapi.Message;
import dev.korzina.assistant.channel.telegram.botapi.MessageEntity;
import dev.korzina.assistant.channel.telegram.botapi.OutboundQueue;
import dev.korzina.assistant.channel.telegram.botapi.SendMessage;
import dev.korzina.assistant.channel.telegram.botapi.Update;
import dev.korzina.assistant.channel.telegram.botapi.User;
import dev.korzina.assistant.dialog.Dialogs;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.nlu.Language;
import dev.korzina.skills.Reply;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.LinkResult;
import dev.korzina.store.telegram.PostgresTelegramStore;
import dev.korzina.store.telegram.TelegramChat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Answers one update. In a private chat: text goes to the dialog engine and its reply comes back with its choices
 * as inline buttons; {@code /start <code>} joins the family's household; {@code /cart} posts the cart message;
 * {@code /mute} and {@code /unmute} switch notices; voice gets "please send text" (unless {@link SpeechToText}
 * transcribes it) and other content a hint to write. A button press is fed to the engine as the button's text and
 * always answered with {@code answerCallbackQuery}. In groups only text that mentions the bot at its start is
 * answered. Edited messages are not acted on again (re-running "add two loaves" would add them twice). Blocking and
 * unblocking the bot switch what it may send unprompted.
 */
final class UpdateHandler {

    /** The channel name of Telegram identities and turns. */
    static final String CHANNEL = "telegram";

    /** The longest text handed to the engine. */
    private static final int MAX_TEXT = 1000;

    /** Callback data of an answer button: this prefix and the button's index. */
    private static final String ANSWER = "a";

    private final Dialogs dialogs;
    private final HouseholdLinker linker;
    private final PostgresCartStore carts;
    private final PostgresTelegramStore chats;
    private final OutboundQueue queue;
    private final CartMessages cartMessages;
    private final TelegramTexts texts;
    private final SpeechToText speech;

    UpdateHandler(
            Dialogs dialogs,
            HouseholdLinker linker,
            PostgresCartStore carts,
            PostgresTelegramStore chats,
            OutboundQueue queue,
            CartMessages cartMessages,
            TelegramTexts texts,
            SpeechToText speech) {
        this.dialogs = dialogs;
        this.linker = linker;
        this.carts = carts;
        this.chats = chats;
        this.queue = queue;
        this.cartMessages = cartMessages;
        this.texts = texts;
        this.speech = speech;
    }

    /**
     * Acts on an update; parts the bot does not handle are ignored.
     *
     * @param update the update
     */
    void handle(Update update) {
        update.message().ifPresent(this::onMessage);
        update.callbackQuery().ifPresent(this::onCallback);
        update.myChatMember().ifPresent(this::onMembership);
    }

    private void onMessage(Message message) {
        Optional<User> sender = message.from().filter(user -> !user.isBot());
        if (sender.isEmpty()) {
            return;
        }
        User user = sender.get();
        Chat chat = message.chat();
        if (!chat.isPrivate()) {
            addressed(message).ifPresent(text -> converse(chat, user, text));
            return;
        }
        Identity identity = identity(chat, user);
        Language language = language(user).orElse(Language.RU);
        Optional<String> text = message.text().or(() -> message.voice().flatMap(speech::transcribe));
        if (text.isEmpty()) {
            say(chat.id(), texts.say(language, message.voice().isPresent() ? "voice" : "text.only"));
        } else if (text.get().startsWith("/")) {
            command(chat, identity, language, text.get());
        } else {
            converse(chat, user, text.get());
        }
    }

    private void command(Chat chat, Identity identity, Language language, String text) {
        String[] parts = text.strip().split("\\s+", 2);
        String name = parts[0].substring(1).replaceFirst("@.*", "").toLowerCase(Locale.ROOT);
        Optional<String> argument = parts.length > 1 ? Optional.of(parts[1]) : Optional.empty();
        switch (name) {
            case "start" ->
                argument.ifPresentOrElse(
                        code -> link(chat, identity, language, code),
                        () -> say(chat.id(), texts.say(language, "greeting")));
            case "cart" ->
                carts.current(identity.cartId()).ifPresent(cart -> cartMessages.post(chat.id(), cart, language));
            case "mute" -> {
                chats.setNoticesOff(chat.id(), true);
                say(chat.id(), texts.say(language, "muted"));
            }
            case "unmute" -> {
                chats.setNoticesOff(chat.id(), false);
                say(chat.id(), texts.say(language, "unmuted"));
            }
            default -> say(chat.id(), texts.say(language, "greeting"));
        }
    }

    private void link(Chat chat, Identity identity, Language language, String code) {
        try {
            LinkResult linked = linker.redeem(identity.caller(), code);
            say(chat.id(), texts.say(language, "linked"));
            carts.current(UUID.fromString(linked.cartId()))
                    .ifPresent(cart -> cartMessages.post(chat.id(), cart, language));
        } catch (CartNotFoundException e) {
            say(chat.id(), texts.say(language, "link.unknown"));
        } catch (TooManyRequestsException e) {
            say(chat.id(), texts.say(language, "link.too.many"));
        }
    }

    private void converse(Chat chat, User user, String text) {
        Optional<Language> stated = language(user);
        Language language = stated.orElse(Language.RU);
        if (text.length() > MAX_TEXT) {
            say(chat.id(), texts.say(language, "too.long"));
            return;
        }
        TurnResult result = dialogs.turn(() -> identity(chat, user), CHANNEL, CHANNEL + ":" + user.id(), text, stated);
        if (!chat.isPrivate()) {
            reply(chat.id(), result.reply());
            return;
        }
        if ("show_cart".equals(result.intent())) {
            cartMessages.post(chat.id(), result.cart(), language);
            return;
        }
        reply(chat.id(), result.reply());
        boolean hasCartMessage =
                chats.chat(chat.id()).flatMap(TelegramChat::cartMessageId).isPresent();
        if (!hasCartMessage && !result.cart().lines().isEmpty()) {
            cartMessages.post(chat.id(), result.cart(), language);
        }
    }

    private void onCallback(CallbackQuery query) {
        Optional<Message> message = query.message();
        long chatId = message.map(m -> m.chat().id()).orElse(query.from().id());
        Optional<String> answer = query.data()
                .filter(data -> data.startsWith(ANSWER))
                .flatMap(data -> message.flatMap(Message::replyMarkup).flatMap(keyboard -> keyboard.button(data)))
                .map(InlineKeyboardButton::text);
        Optional<String> notice = answer.isPresent()
                ? Optional.empty()
                : Optional.of(texts.say(language(query.from()).orElse(Language.RU), "button.stale"));
        queue.send(chatId, new AnswerCallbackQuery(query.id(), notice));
        answer.ifPresent(text -> converse(message.orElseThrow().chat(), query.from(), text));
    }

    private void onMembership(ChatMemberUpdated change) {
        if (!change.chat().isPrivate()) {
            return;
        }
        switch (change.newChatMember().status()) {
            case "kicked" -> chats.setBlocked(change.chat().id(), true);
            case "member" -> chats.setBlocked(change.chat().id(), false);
            default -> {}
        }
    }

    /** The customer behind a Telegram user; a private chat is remembered as theirs. */
    private Identity identity(Chat chat, User user) {
        Identity identity = dialogs.identities().resolve(CHANNEL, String.valueOf(user.id()));
        if (chat.isPrivate()) {
            chats.rememberChat(
                    chat.id(),
                    identity.caller().customerId(),
                    language(user).orElse(Language.RU).code());
        }
        return identity;
    }

    private void reply(long chatId, Reply reply) {
        List<InlineKeyboardButton> buttons = IntStream.range(0, reply.buttons().size())
                .mapToObj(i -> new InlineKeyboardButton(reply.buttons().get(i), Optional.of(ANSWER + i)))
                .toList();
        Optional<InlineKeyboardMarkup> keyboard = buttons.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new InlineKeyboardMarkup(buttons.stream().map(List::of).toList()));
        queue.send(chatId, new SendMessage(chatId, reply.text(), keyboard));
    }

    private void say(long chatId, String text) {
        queue.send(chatId, new SendMessage(chatId, text, Optional.empty()));
    }

    /** The text of a group message that starts by mentioning the bot, without the mention. */
    private static Optional<String> addressed(Message message) {
        return message.text()
                .flatMap(text -> message.entities().orElse(List.of()).stream()
                        .filter(e -> e.offset() == 0 && "mention".equals(e.type()) && e.length() <= text.length())
                        .findFirst()
                        .map(MessageEntity::length)
                        .map(length -> text.substring(length).strip())
                        .filter(rest -> !rest.isEmpty()));
    }

    /** The user's language when Telegram tells it and Korzina speaks it. */
    private static Optional<Language> language(User user) {
        return user.languageCode().map(code -> code.split("-")[0]).flatMap(Language::fromCode);
    }
}
