package dev.korzina.assistant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheBundledDefaults() {
        KorzinaConfig config = new ConfigLoader(Map.of()).load(Optional.empty(), Map.of());

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.db().embedded()).isTrue();
        assertThat(config.db().poolSize()).isEqualTo(10);
        assertThat(config.catalogFile()).isEmpty();
        assertThat(config.server().get("max-payload-size").asLong().get()).isEqualTo(1_048_576L);
    }

    @Test
    void theWeeklyOfferIsOnByDefaultAndTheEnvironmentTurnsItOff() {
        assertThat(new ConfigLoader(Map.of()).load(Optional.empty(), Map.of()).weeklyOffer())
                .isTrue();
        assertThat(new ConfigLoader(Map.of("KORZINA_REPLENISH_WEEKLY__OFFER", "false"))
                        .load(Optional.empty(), Map.of())
                        .weeklyOffer())
                .isFalse();
    }

    @Test
    void aWeeklyOfferThatIsNeitherTrueNorFalseIsRefused() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("KORZINA_REPLENISH_WEEKLY__OFFER", "weekly"))
                        .load(Optional.empty(), Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("configuration key replenish.weekly-offer is invalid: 'weekly' is neither true nor false");
    }

    @Test
    void accountLinkingIsOffByDefaultAndTheEnvironmentNamesItsClient() {
        assertThat(new ConfigLoader(Map.of())
                        .load(Optional.empty(), Map.of())
                        .alice()
                        .oauth())
                .isEmpty();

        AliceSettings alice = new ConfigLoader(Map.of(
                        "KORZINA_ALICE_OAUTH_CLIENT__ID", "yandex-dialogs",
                        "KORZINA_ALICE_OAUTH_CLIENT__SECRET", "s3cret"))
                .load(Optional.empty(), Map.of())
                .alice();

        assertThat(alice.oauth()).hasValueSatisfying(client -> {
            assertThat(client.clientId()).isEqualTo("yandex-dialogs");
            assertThat(client.redirectUris()).containsExactly("https://social.yandex.net/broker/redirect");
        });
    }

    @Test
    void anAccountLinkingClientWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("KORZINA_ALICE_OAUTH_CLIENT__ID", "yandex-dialogs"))
                        .load(Optional.empty(), Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("alice.oauth.client-secret");
    }

    @Test
    void anEnvironmentVariableOverridesADefault() {
        KorzinaConfig config = new ConfigLoader(Map.of("KORZINA_SERVER_PORT", "9090", "KORZINA_DB_POOL__SIZE", "3"))
                .load(Optional.empty(), Map.of());

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.db().poolSize()).isEqualTo(3);
    }

    @Test
    void aConfigFileOverridesOnlyTheKeysItNames() throws IOException {
        Path file = write("server:\n  port: 7070\ndb:\n  url: jdbc:postgresql://db.internal/korzina\n");

        KorzinaConfig config = new ConfigLoader(Map.of()).load(Optional.of(file), Map.of());

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.db().url()).contains("jdbc:postgresql://db.internal/korzina");
        assertThat(config.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void theEnvironmentWinsOverTheConfigFile() throws IOException {
        Path file = write("server:\n  port: 7070\n");

        KorzinaConfig config =
                new ConfigLoader(Map.of("KORZINA_SERVER_PORT", "6060")).load(Optional.of(file), Map.of());

        assertThat(config.port()).isEqualTo(6060);
    }

    @Test
    void aCommandLineFlagWinsOverTheEnvironment() {
        KorzinaConfig config = new ConfigLoader(Map.of("KORZINA_DATA_DIR", "/var/lib/korzina"))
                .load(Optional.empty(), Map.of("data.dir", "/tmp/korzina"));

        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/korzina"));
    }

    @Test
    void variablesWithoutThePrefixAreIgnored() {
        KorzinaConfig config =
                new ConfigLoader(Map.of("SERVER_PORT", "1234", "PORT", "4321")).load(Optional.empty(), Map.of());

        assertThat(config.port()).isEqualTo(8080);
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(missing), Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("config file " + missing + " does not exist");
    }

    @Test
    void aBadValueNamesItsKey() {
        ConfigLoader loader = new ConfigLoader(Map.of("KORZINA_SERVER_PORT", "eighty"));

        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("configuration key server.port is invalid: 'eighty' is not a whole number");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        ConfigLoader loader = new ConfigLoader(Map.of());

        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("server.port", "70000")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("server.port");
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsRefused() {
        ConfigLoader loader = new ConfigLoader(Map.of("KORZINA_DB_URL", "jdbc:mysql://db/korzina"));

        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("db.url must start with jdbc:postgresql:");
    }

    @Test
    void mapsVariableNamesToKeys() {
        assertThat(EnvironmentOverrides.toKey("SERVER_PORT")).isEqualTo("server.port");
        assertThat(EnvironmentOverrides.toKey("DB_POOL__SIZE")).isEqualTo("db.pool-size");
        assertThat(EnvironmentOverrides.toKey("CATALOG_FILE")).isEqualTo("catalog.file");
    }

    @Test
    void theSummaryNeverShowsThePassword() {
        KorzinaConfig config = new ConfigLoader(
                        Map.of("KORZINA_DB_URL", "jdbc:postgresql://db/k", "KORZINA_DB_PASSWORD", "s3cret"))
                .load(Optional.empty(), Map.of());

        assertThat(config.summary()).contains("jdbc:postgresql://db/k").doesNotContain("s3cret");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("korzina.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
