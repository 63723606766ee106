package dev.korzina.assistant.channel.telegram;

import dev.korzina.assistant.channel.telegram.botapi.OutboundQueue;
import dev.korzina.assistant.channel.telegram.botapi.SendMessage;
import dev.korzina.nlu.Language;
import dev.korzina.skills.push.Notice;
import dev.korzina.skills.push.Notifier;
import dev.korzina.store.telegram.PostgresTelegramStore;
import dev.korzina.store.telegram.TelegramChat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushes a notice to every private chat of a household's members that the bot may write to (not blocked, notices
 * not muted), each in its chat's language, through the outbound queue.
 */
final class TelegramNotifier implements Notifier {

    private final PostgresTelegramStore chats;
    private final OutboundQueue queue;

    TelegramNotifier(PostgresTelegramStore chats, OutboundQueue queue) {
        this.chats = chats;
        this.queue = queue;
    }

    @Override
    public int notify(String householdId, Notice notice) {
        UUID household;
        try {
            household = UUID.fromString(householdId);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        List<TelegramChat> reachable = chats.householdChats(household).stream()
                .filter(TelegramChat::reachable)
                .toList();
        for (TelegramChat chat : reachable) {
            Language language = Language.fromCode(chat.language()).orElse(Language.RU);
            queue.send(chat.chatId(), new SendMessage(chat.chatId(), notice.text(language), Optional.empty()));
        }
        return reachable.size();
    }
}
