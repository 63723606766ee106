package dev.korzina.assistant.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the Yandex Alice webhook is reached and guarded.
 *
 * @param skillId the only {@code session.skill_id} accepted; empty accepts every skill (with a warning)
 * @param pathSecret an unguessable last path segment ({@code POST /alice/<secret>}); empty serves {@code /alice}
 * @param deadline how long a turn may take before the answer says "one moment" and the turn finishes behind it
 */
public record AliceSettings(Optional<String> skillId, Optional<String> pathSecret, Duration deadline) {

    /** Checks the values. */
    public AliceSettings {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(pathSecret, "pathSecret");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("alice.deadline-ms must be positive");
        }
    }
}
