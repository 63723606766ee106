package dev.korzina.store.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A one-time code that brings another identity into the issuer's household ("скажите Алисе код 4 7 1 9 0 2").
 *
 * @param code six digits
 * @param expiresAt when it stops working
 */
public record LinkCode(
        String code, @JsonProperty("expires_at") Instant expiresAt) {}
