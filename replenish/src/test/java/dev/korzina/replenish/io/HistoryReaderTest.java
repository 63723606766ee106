package dev.korzina.replenish.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryReaderTest {

    @TempDir
    Path dir;

    private final HistoryReader reader = new HistoryReader();

    @Test
    void readsDatedAndUndatedBasketsWithNumericIdsAsStrings() {
        HistoryLine line = reader.history(
                "{\"user\":7,\"baskets\":[{\"date\":\"2024-01-05\",\"items\":[\"p1\",2]},{\"items\":[\"p2\"]}]}", 1);

        assertThat(line)
                .isEqualTo(new HistoryLine.Parsed(new History(
                        "7", List.of(Basket.on(LocalDate.of(2024, 1, 5), "p1", "2"), Basket.of("p2")))));
    }

    @Test
    void reportsABadLineWithItsNumberAndTheUserWhenKnown() {
        assertThat(reader.history("not json", 3))
                .isEqualTo(new HistoryLine.Invalid(Optional.empty(), "line 3: not a JSON object"));
        assertThat(reader.history("{\"user\":\"u\",\"baskets\":[{\"date\":\"yesterday\",\"items\":[]}]}", 4))
                .isInstanceOfSatisfying(HistoryLine.Invalid.class, invalid -> {
                    assertThat(invalid.user()).contains("u");
                    assertThat(invalid.error()).startsWith("line 4: Text 'yesterday' could not be parsed");
                });
    }

    @Test
    void readsNextBasketsSkippingErrorLinesAsTheReferenceScorerDoes() throws Exception {
        Path file = dir.resolve("future.jsonl");
        Files.writeString(file, """
                {"user":"u1","items":["a","b"]}

                {"user":"u2","error":"line 2: bad"}
                {"user":"u3","date":"2001-12-10","items":["c"]}
                """, StandardCharsets.UTF_8);

        assertThat(reader.readBaskets(file))
                .containsExactly(Map.entry("u1", List.of("a", "b")), Map.entry("u3", List.of("c")));
    }
}
