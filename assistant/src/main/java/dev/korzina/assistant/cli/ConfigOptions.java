package dev.korzina.assistant.cli;

import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.KorzinaConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say which configuration and database a command uses; shared by every command that needs them. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML file overriding config/korzina.yaml.")
    Path configFile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the embedded PostgreSQL keeps its files (default ./data).")
    Path dataDir;

    @Option(
            names = "--db-url",
            paramLabel = "URL",
            description = "jdbc:postgresql://… of an external PostgreSQL instead of the embedded one.")
    String dbUrl;

    /**
     * Loads the configuration with these options and the command's own flags on top.
     *
     * @param loader the loader, holding the environment
     * @param flags the command's own configuration keys
     * @return the checked configuration
     */
    KorzinaConfig load(ConfigLoader loader, Map<String, String> flags) {
        Map<String, String> all = new HashMap<>(flags);
        if (dataDir != null) {
            all.put("data.dir", dataDir.toString());
        }
        if (dbUrl != null) {
            all.put("db.url", dbUrl);
        }
        return loader.load(Optional.ofNullable(configFile), all);
    }
}
