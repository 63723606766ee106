package dev.korzina.skills.orders;

import java.util.Objects;

/**
 * The courier who brings an order.
 *
 * @param name the first name, as the store gives it
 * @param phone the phone number to call
 */
public record Courier(String name, String phone) {

    /** Checks the values. */
    public Courier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }
}
