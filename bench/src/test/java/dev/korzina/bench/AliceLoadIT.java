package dev.korzina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.catalog.imports.ImportProgress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Alice webhook benchmark, run small against a real server on the demo catalog, so that it keeps working. */
class AliceLoadIT {

    @TempDir
    Path dataDir;

    @Test
    void aSmallRunAnswersEveryAliceRequestAndMeasuresBothHandlers() throws Exception {
        Map<String, String> flags = Map.of(
                "server.port",
                "0",
                "data.dir",
                dataDir.toString(),
                "db.pool-size",
                "3",
                "alice.skill.id",
                AliceLoad.SKILL);
        try (Application server =
                Application.start(new ConfigLoader(Map.of()).load(Optional.empty(), flags), ImportProgress.SILENT)) {
            AliceLoad.Result result = new AliceLoad().run(server.baseUri(), 5, 30);

            assertThat(result.requests()).isEqualTo(30);
            assertThat(result.failed()).isZero();
            assertThat(result.aliceP50()).isPositive();
            assertThat(result.trivialP99()).isPositive();
        }
    }
}
