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

/** The cart load driver, run small against a real server, so that it keeps working and keeps its checks honest. */
class CartLoadIT {

    @TempDir
    Path dataDir;

    @Test
    void aSmallLoadLosesAndDoublesNothing() throws Exception {
        Map<String, String> flags = Map.of("server.port", "0", "data.dir", dataDir.toString(), "db.pool-size", "4");
        try (Application server =
                Application.start(new ConfigLoader(Map.of()).load(Optional.empty(), flags), ImportProgress.SILENT)) {
            CartLoad load = new CartLoad(server.baseUri());

            CartLoad.Result oneCart = load.run(4, 10, 1);
            CartLoad.Result manyCarts = load.run(4, 10, 8);

            assertThat(oneCart.changes()).isEqualTo(40);
            assertThat(oneCart.lost()).isZero();
            assertThat(oneCart.duplicated()).isZero();
            assertThat(manyCarts.lost()).isZero();
            assertThat(manyCarts.duplicated()).isZero();
        }
    }
}
