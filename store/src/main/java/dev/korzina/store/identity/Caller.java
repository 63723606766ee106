package dev.korzina.store.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * An authenticated customer on one channel: every cart change is attributed to one.
 *
 * @param customerId the customer
 * @param householdId the customer's household, whose cart the customer may change
 * @param role {@code owner}, {@code member} or {@code support} (support staff may change any cart)
 * @param channel the channel the request came through ({@code web}, {@code alice}, …)
 */
public record Caller(UUID customerId, UUID householdId, String role, String channel) {

    /** Checks the values. */
    public Caller {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
    }

    /** Whether this caller is support staff, who may use every cart and read the transcripts. */
    public boolean isStaff() {
        return role.equals(PostgresIdentityStore.STAFF_ROLE);
    }

    /** Whether this caller may read and change a cart of the given household. */
    public boolean mayUse(UUID cartHousehold) {
        return isStaff() || householdId.equals(cartHousehold);
    }
}
