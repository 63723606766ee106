package dev.korzina.nlu;

/** The unit of an item's quantity, as in the contract. */
public enum Unit {
    PCS("pcs"),
    G("g"),
    KG("kg"),
    ML("ml"),
    L("l"),
    PACK("pack");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    /** The contract's code ({@code "pcs"}, {@code "kg"}). */
    public String code() {
        return code;
    }
}
