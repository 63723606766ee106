package dev.korzina.assistant.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns {@code KORZINA_*} environment variables into configuration keys: the prefix is dropped, the rest is
 * lower-cased, {@code "__"} becomes {@code "-"} and {@code "_"} becomes {@code "."}
 * ({@code KORZINA_DB_POOL__SIZE} → {@code db.pool-size}).
 */
final class EnvironmentOverrides {

    private static final String PREFIX = "KORZINA_";

    private EnvironmentOverrides() {}

    static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> keys = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                keys.put(toKey(name.substring(PREFIX.length())), value);
            }
        });
        return keys;
    }

    static String toKey(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace("__", "-").replace('_', '.');
    }
}
