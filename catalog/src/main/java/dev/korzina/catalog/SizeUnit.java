package dev.korzina.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The unit a product's size (or its price, for goods sold by weight) is measured in. */
public enum SizeUnit {
    PCS("pcs"),
    PACK("pack"),
    G("g"),
    KG("kg"),
    ML("ml"),
    L("l"),
    OZ("oz"),
    FL_OZ("fl_oz"),
    LB("lb"),
    GAL("gal");

    private final String code;

    SizeUnit(String code) {
        this.code = code;
    }

    /** The code used in catalog files and the API ({@code "kg"}, {@code "fl_oz"}). */
    public String code() {
        return code;
    }

    /**
     * The unit with the given code, case-insensitively.
     *
     * @param code a code such as {@code "ml"}
     * @return the unit, or empty when no unit has that code
     */
    public static Optional<SizeUnit> fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.code.equals(wanted)).findFirst();
    }
}
