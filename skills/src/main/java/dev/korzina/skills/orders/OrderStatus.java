package dev.korzina.skills.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an order is. It only moves forward: placed → accepted → assembling → with courier → delivered, or to
 * cancelled from any state that is not final.
 */
public enum OrderStatus {
    /** Saved by the assistant, not yet confirmed by the store. */
    PLACED(0),
    /** The store has taken it. */
    ACCEPTED(1),
    /** Being picked in the store. */
    ASSEMBLING(2),
    /** On its way with a courier. */
    WITH_COURIER(3),
    /** Handed over. Final. */
    DELIVERED(4),
    /** Called off. Final. */
    CANCELLED(4);

    private final int rank;

    OrderStatus(int rank) {
        this.rank = rank;
    }

    /** The wire name: {@code accepted}, {@code with_courier}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status of a wire name.
     *
     * @param code {@code accepted}, {@code with_courier}, …
     * @return the status, or empty for an unknown name
     */
    public static Optional<OrderStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether nothing can follow this status. */
    public boolean isFinal() {
        return rank == DELIVERED.rank;
    }

    /**
     * Whether an order in this status may move to another: only forward, never out of a final status.
     *
     * @param next the status an event reports
     * @return true when the order moves
     */
    public boolean canMoveTo(OrderStatus next) {
        return !isFinal() && next.rank > rank;
    }
}
