package dev.korzina.assistant.config;

import dev.korzina.assistant.channel.telegram.TelegramSettings;
import dev.korzina.skills.orders.CheckoutRules;
import dev.korzina.skills.orders.StoreSimulator.Timetable;
import dev.korzina.skills.push.QuietHours;
import dev.korzina.store.DbConfig;
import dev.korzina.store.cart.CartSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import io.helidon.config.ConfigSources;
import io.helidon.config.spi.ConfigSource;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the effective configuration from its layers, strongest first: command-line flags, {@code KORZINA_*}
 * environment variables, the {@code --config} file, the bundled {@code korzina.yaml}.
 */
public final class ConfigLoader {

    private static final String DEFAULTS = "korzina.yaml";

    private final Map<String, String> environment;

    /**
     * Creates a loader reading the given environment.
     *
     * @param environment the process environment ({@code System.getenv()}), or a test's own map
     */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * Loads and checks the configuration.
     *
     * @param file a configuration file given on the command line
     * @param flags keys set by command-line flags ({@code server.port} → {@code "9090"})
     * @return the checked configuration
     * @throws InvalidConfigException naming the file or key that is wrong
     */
    public KorzinaConfig load(Optional<Path> file, Map<String, String> flags) {
        List<Supplier<? extends ConfigSource>> sources = new ArrayList<>();
        sources.add(ConfigSources.create(flags));
        sources.add(ConfigSources.create(EnvironmentOverrides.from(environment)));
        file.ifPresent(f -> {
            if (!Files.isRegularFile(f)) {
                throw new InvalidConfigException("config file " + f + " does not exist");
            }
            sources.add(ConfigSources.file(f));
        });
        sources.add(ConfigSources.classpath(DEFAULTS));
        try {
            Config config = Config.builder()
                    .disableEnvironmentVariablesSource()
                    .disableSystemPropertiesSource()
                    .sources(sources)
                    .build();
            return read(config);
        } catch (ConfigException e) {
            throw new InvalidConfigException("the configuration cannot be read: " + e.getMessage());
        }
    }

    private static KorzinaConfig read(Config config) {
        Config server = config.get("server");
        int port = integer(config, "server.port");
        if (port < 0 || port > 65535) {
            throw invalid("server.port", port + " is not a port number (0-65535)");
        }
        Path dataDir = Path.of(text(config, "data.dir").orElseThrow(() -> invalid("data.dir", "it is empty")));
        int poolSize = integer(config, "db.pool-size");
        DbConfig db;
        try {
            db = new DbConfig(
                    text(config, "db.url"), text(config, "db.user"), text(config, "db.password"), dataDir, poolSize);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(e.getMessage());
        }
        CartSettings cart;
        try {
            cart = new CartSettings(
                    decimal(config, "cart.max-quantity"),
                    text(config, "cart.currency").orElse("RUB"));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(e.getMessage());
        }
        return new KorzinaConfig(
                server,
                text(config, "server.host").orElse("127.0.0.1"),
                port,
                dataDir,
                db,
                text(config, "catalog.file").map(Path::of),
                cart,
                text(config, "api.admin-key"),
                text(config, "catalog.synonyms").map(Path::of),
                bool(config, "replenish.weekly-offer"),
                telegram(config),
                alice(config),
                list(config, "siri.tokens"),
                orders(config));
    }

    /** The Telegram keys, named so that {@code KORZINA_TELEGRAM_BOT_TOKEN} and the like override them. */
    private static TelegramSettings telegram(Config config) {
        try {
            return new TelegramSettings(
                    text(config, "telegram.bot.token"),
                    text(config, "telegram.webhook.secret"),
                    text(config, "telegram.api.base.url").map(URI::create).orElse(TelegramSettings.PUBLIC_API));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(e.getMessage());
        }
    }

    private static AliceSettings alice(Config config) {
        int deadline = integer(config, "alice.deadline-ms");
        if (deadline <= 0) {
            throw invalid("alice.deadline-ms", deadline + " is not a positive number of milliseconds");
        }
        Optional<String> clientId = text(config, "alice.oauth.client-id");
        Optional<String> clientSecret = text(config, "alice.oauth.client-secret");
        if (clientId.isPresent() != clientSecret.isPresent()) {
            throw invalid("alice.oauth.client-secret", "the client id and its secret go together");
        }
        try {
            Optional<AliceSettings.OAuthClient> oauth = clientId.map(id -> new AliceSettings.OAuthClient(
                    id, clientSecret.orElseThrow(), list(config, "alice.oauth.redirect-uris")));
            return new AliceSettings(
                    text(config, "alice.skill.id"),
                    text(config, "alice.path-secret"),
                    Duration.ofMillis(deadline),
                    oauth);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(e.getMessage());
        }
    }

    private static OrderSettings orders(Config config) {
        try {
            return new OrderSettings(
                    new CheckoutRules(
                            decimal(config, "orders.minimum-order"),
                            decimal(config, "orders.free-delivery-from"),
                            text(config, "orders.delivery-slot"),
                            zone(config, "orders.time-zone")),
                    new Timetable(
                            duration(config, "orders.simulator.assembling-after"),
                            duration(config, "orders.simulator.with-courier-after"),
                            duration(config, "orders.simulator.delivered-after")),
                    duration(config, "orders.simulator.tick"),
                    text(config, "orders.webhook.secret"),
                    duration(config, "orders.webhook.window"),
                    new QuietHours(
                            time(config, "orders.quiet-hours.from"),
                            time(config, "orders.quiet-hours.to"),
                            zone(config, "orders.time-zone")));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(e.getMessage());
        }
    }

    private static Duration duration(Config config, String key) {
        String raw = text(config, key).orElseThrow(() -> invalid(key, "it is missing"));
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException e) {
            throw invalid(key, "'" + raw + "' is not a duration such as PT20M");
        }
    }

    private static LocalTime time(Config config, String key) {
        String raw = text(config, key).orElseThrow(() -> invalid(key, "it is missing"));
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw invalid(key, "'" + raw + "' is not a time of day such as 22:00");
        }
    }

    private static ZoneId zone(Config config, String key) {
        String raw = text(config, key).orElseThrow(() -> invalid(key, "it is missing"));
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw invalid(key, "'" + raw + "' is not a time zone such as Europe/Moscow");
        }
    }

    private static Optional<String> text(Config config, String key) {
        return config.get(key).asString().map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A comma-separated value's items, stripped, empty ones left out. */
    private static List<String> list(Config config, String key) {
        return Arrays.stream(text(config, key).orElse("").split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static int integer(Config config, String key) {
        String raw = text(config, key).orElseThrow(() -> invalid(key, "it is missing"));
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + raw + "' is not a whole number");
        }
    }

    private static boolean bool(Config config, String key) {
        String raw = text(config, key).orElseThrow(() -> invalid(key, "it is missing"));
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, "'" + raw + "' is neither true nor false");
        };
    }

    private static BigDecimal decimal(Config config, String key) {
        String raw = text(config, key).orElseThrow(() -> invalid(key, "it is missing"));
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + raw + "' is not a number");
        }
    }

    private static InvalidConfigException invalid(String key, String why) {
        return new InvalidConfigException("configuration key " + key + " is invalid: " + why);
    }
}
