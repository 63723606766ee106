package dev.korzina.assistant.config;

import dev.korzina.assistant.channel.telegram.TelegramSettings;
import dev.korzina.store.DbConfig;
import dev.korzina.store.cart.CartSettings;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective configuration of one Korzina process, checked.
 *
 * @param server the {@code server} section, handed to the Helidon web server as it is
 * @param host the address the server listens on
 * @param port the port, 0 for any free one
 * @param dataDir the data directory
 * @param db how to reach the database
 * @param catalogFile a catalog file that replaces the catalog at start; empty to keep the stored one (or load
 *     the demo catalog into an empty database)
 * @param cart the rules carts enforce
 * @param adminKey the key {@code POST /api/sessions} requires, if any
 * @param synonymsFile the search synonyms file; empty for the bundled {@code config/synonyms.txt}
 * @param weeklyOffer whether households are offered their weekly basket on their usual shopping day
 * @param telegram the Telegram bot's token, webhook secret and Bot API server
 * @param alice the Yandex Alice webhook's settings
 * @param siriTokens static bearer tokens Siri Shortcuts may use besides those {@code tokens create} issues
 * @param orders the store's terms, the simulated store, the status webhook and the notices
 */
public record KorzinaConfig(
        Config server,
        String host,
        int port,
        Path dataDir,
        DbConfig db,
        Optional<Path> catalogFile,
        CartSettings cart,
        Optional<String> adminKey,
        Optional<Path> synonymsFile,
        boolean weeklyOffer,
        TelegramSettings telegram,
        AliceSettings alice,
        List<String> siriTokens,
        OrderSettings orders) {

    /** Checks that every value is present. */
    public KorzinaConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(catalogFile, "catalogFile");
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(adminKey, "adminKey");
        Objects.requireNonNull(synonymsFile, "synonymsFile");
        Objects.requireNonNull(telegram, "telegram");
        Objects.requireNonNull(alice, "alice");
        siriTokens = List.copyOf(siriTokens);
        Objects.requireNonNull(orders, "orders");
    }

    /** The effective values for one log line, with the database password masked. */
    public String summary() {
        return "server " + host + ":" + port + ", data dir " + dataDir + ", database " + db.describe() + ", catalog "
                + catalogFile.map(Path::toString).orElse("stored or demo");
    }
}
