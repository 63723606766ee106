package dev.korzina.assistant.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the Yandex Alice webhook is reached and guarded.
 *
 * @param skillId the only {@code session.skill_id} accepted; empty accepts every skill (with a warning)
 * @param pathSecret an unguessable last path segment ({@code POST /alice/<secret>}); empty serves {@code /alice}
 * @param deadline how long a turn may take before the answer says "one moment" and the turn finishes behind it
 * @param oauth the OAuth 2.0 client that account linking signs in through, or empty to serve no {@code /oauth}
 */
public record AliceSettings(
        Optional<String> skillId, Optional<String> pathSecret, Duration deadline, Optional<OAuthClient> oauth) {

    /** Checks the values. */
    public AliceSettings {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(pathSecret, "pathSecret");
        Objects.requireNonNull(oauth, "oauth");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("alice.deadline-ms must be positive");
        }
    }

    /**
     * The one OAuth client allowed to sign shoppers in: the Yandex Dialogs skill's account linking.
     *
     * @param clientId the client's id, as entered in the skill's account-linking settings
     * @param clientSecret its secret, sent to the token endpoint
     * @param redirectUris where the authorization page may send the browser back (Yandex's broker)
     */
    public record OAuthClient(String clientId, String clientSecret, List<String> redirectUris) {

        /** Checks the values. */
        public OAuthClient {
            if (clientId.isBlank() || clientSecret.isBlank()) {
                throw new IllegalArgumentException("alice.oauth.client-id and alice.oauth.client-secret go together");
            }
            if (redirectUris.isEmpty()) {
                throw new IllegalArgumentException("alice.oauth.redirect-uris names no redirect URI");
            }
            redirectUris = List.copyOf(redirectUris);
        }
    }
}
