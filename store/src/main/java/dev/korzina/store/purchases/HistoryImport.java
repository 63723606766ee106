package dev.korzina.store.purchases;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.io.HistoryLine;
import dev.korzina.replenish.io.HistoryReader;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Imports past purchases from a history file ({@code {"user":"u1","baskets":[{"date":…,"items":[…]}]}} per line)
 * into the purchases table. Each {@code user} is an identity on a channel, whose household gets the baskets, or
 * every basket goes to one given household. Each basket is recorded under a key made of the user, its day and its
 * place among that day's baskets, so importing the same file again adds nothing.
 */
public final class HistoryImport {

    private final PostgresIdentityStore identities;
    private final PostgresPurchaseHistory purchases;

    /**
     * Wires the import.
     *
     * @param identities resolves users to households
     * @param purchases where the baskets go
     */
    public HistoryImport(PostgresIdentityStore identities, PostgresPurchaseHistory purchases) {
        this.identities = identities;
        this.purchases = purchases;
    }

    /**
     * Imports a history file; bad lines and undated baskets are skipped and reported.
     *
     * @param file the JSON Lines file
     * @param channel the channel the users are identities on ({@code cli} for {@code korzina chat --user})
     * @param householdOf an identity ({@code channel:external id}'s parts) whose household gets every basket instead
     * @param progress hears how many lines are done after each line
     * @return what was read, added and skipped
     */
    public Report importFile(Path file, String channel, Optional<ChannelUser> householdOf, IntConsumer progress) {
        Optional<String> fixed = householdOf.map(i -> identities
                .resolve(i.channel(), i.externalId())
                .caller()
                .householdId()
                .toString());
        List<String> skipped = new ArrayList<>();
        int users = 0;
        int baskets = 0;
        int added = 0;
        int done = 0;
        for (HistoryLine line : new HistoryReader().readHistories(file)) {
            switch (line) {
                case HistoryLine.Invalid invalid -> skipped.add(invalid.error());
                case HistoryLine.Parsed parsed -> {
                    History history = parsed.history();
                    String household = fixed.orElseGet(() -> identities
                            .resolve(channel, history.user())
                            .caller()
                            .householdId()
                            .toString());
                    users++;
                    Map<LocalDate, Integer> perDay = new HashMap<>();
                    for (Basket basket : history.baskets()) {
                        if (basket.date().isEmpty()) {
                            skipped.add("user " + history.user() + ": a basket without a date");
                            continue;
                        }
                        LocalDate day = basket.date().get();
                        int place = perDay.merge(day, 1, Integer::sum);
                        baskets++;
                        String source = "import:" + history.user() + ":" + day + "#" + place;
                        if (purchases.record(household, source, day, basket.items())) {
                            added++;
                        }
                    }
                }
            }
            progress.accept(++done);
        }
        return new Report(users, baskets, added, skipped);
    }

    /**
     * A channel identity.
     *
     * @param channel the channel
     * @param externalId the id on it
     */
    public record ChannelUser(String channel, String externalId) {

        /**
         * Reads {@code CHANNEL:EXTERNAL_ID}.
         *
         * @param text the text
         * @return the channel user
         * @throws IllegalArgumentException when there is no channel or no id
         */
        public static ChannelUser parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new IllegalArgumentException("expected CHANNEL:EXTERNAL_ID, e.g. cli:alice, not '" + text + "'");
            }
            return new ChannelUser(text.substring(0, colon), text.substring(colon + 1));
        }
    }

    /**
     * What an import did.
     *
     * @param users the users read
     * @param baskets their dated baskets
     * @param added the baskets not recorded before
     * @param skipped the bad lines and undated baskets, each with its reason
     */
    public record Report(int users, int baskets, int added, List<String> skipped) {

        /** Copies the list. */
        public Report {
            skipped = List.copyOf(skipped);
        }
    }
}
