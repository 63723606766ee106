package dev.korzina.skills;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartLine;
import dev.korzina.nlu.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a turn actually changed in the cart, found by comparing the cart before and after; replies are rendered
 * from it, never from what the parser hoped.
 *
 * @param added lines that are new or grew, with the amount they grew by
 * @param grown the same lines with their new quantity
 * @param removed lines that are gone, with the quantity they had
 * @param changed lines that shrank, with their new quantity
 */
record CartDiff(List<CartLine> added, List<CartLine> grown, List<CartLine> removed, List<CartLine> changed) {

    /** Copies the lists. */
    CartDiff {
        added = List.copyOf(added);
        grown = List.copyOf(grown);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * Compares two versions of a cart.
     *
     * @param before the cart before the turn
     * @param after the cart after it
     * @return the difference
     */
    static CartDiff between(Cart before, Cart after) {
        List<CartLine> added = new ArrayList<>();
        List<CartLine> grown = new ArrayList<>();
        List<CartLine> removed = new ArrayList<>();
        List<CartLine> changed = new ArrayList<>();
        for (CartLine line : after.lines()) {
            BigDecimal old =
                    before.line(line.productId()).map(CartLine::quantity).orElse(BigDecimal.ZERO);
            int sign = line.quantity().compareTo(old);
            if (sign > 0) {
                added.add(withQuantity(line, line.quantity().subtract(old)));
                grown.add(line);
            } else if (sign < 0) {
                changed.add(line);
            }
        }
        for (CartLine line : before.lines()) {
            if (after.line(line.productId()).isEmpty()) {
                removed.add(line);
            }
        }
        return new CartDiff(added, grown, removed, changed);
    }

    /** Whether nothing changed. */
    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * Says the change in sentences ("Добавила батон Коломенский. Убрала молоко."), or empty when nothing changed.
     *
     * @param replies the phrases
     * @param names the products' names in the user's language
     * @param language the user's language
     * @param targets whether the user stated quantities ("сделай молока три"): lines that grew are then said with
     *     their new quantity ("Теперь молоко, 3 штуки") rather than with what was added
     * @return the sentences
     */
    Optional<String> describe(Replies replies, ProductNames names, Language language, boolean targets) {
        List<String> sentences = new ArrayList<>();
        List<CartLine> now = new ArrayList<>(changed);
        if (targets) {
            now.addAll(0, grown);
        } else {
            sentence(replies, names, language, "diff.added", added).ifPresent(sentences::add);
        }
        sentence(replies, names, language, "diff.removed", removed).ifPresent(sentences::add);
        sentence(replies, names, language, "diff.changed", now).ifPresent(sentences::add);
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    /**
     * The change for the transcript: one entry per line, {@code +} added, {@code -} removed, {@code =} the new
     * quantity of a line that shrank ("+2 pcs d-0092 Батон Нарезной Коломенский 400 г; -1 pcs d-0001 Молоко …").
     *
     * @return the entries, empty when nothing changed
     */
    String log() {
        List<String> entries = new ArrayList<>();
        added.forEach(l -> entries.add(entry('+', l)));
        removed.forEach(l -> entries.add(entry('-', l)));
        changed.forEach(l -> entries.add(entry('=', l)));
        return String.join("; ", entries);
    }

    private static String entry(char sign, CartLine line) {
        return sign + Replies.plain(line.quantity()) + " " + line.unit() + " " + line.productId() + " " + line.name();
    }

    private static Optional<String> sentence(
            Replies replies, ProductNames names, Language language, String key, List<CartLine> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        // "Теперь кефир, 1 штука": a new quantity is said even when it is one; "Добавила ряженку": the object
        boolean counted = key.equals("diff.changed");
        List<String> parts = lines.stream()
                .map(l -> counted
                        ? amount(replies, names, language, l, true)
                        : replies.object(language, amount(replies, names, language, l)))
                .toList();
        return Optional.of(replies.say(language, key, replies.join(language, parts)));
    }

    /**
     * A line as said: "батон Коломенский", "батон Коломенский, 2 штуки", "яблоки Гала, 1.5 кг"; in English by the
     * product's English name.
     *
     * @param replies the phrases
     * @param names the products' names in the user's language
     * @param language the user's language
     * @param line the line
     * @return the phrase
     */
    static String amount(Replies replies, ProductNames names, Language language, CartLine line) {
        return amount(replies, names, language, line, false);
    }

    /** A line as said, with its count even when it is one piece when {@code always}. */
    private static String amount(
            Replies replies, ProductNames names, Language language, CartLine line, boolean always) {
        String name = Replies.shortName(names.of(line, language), language);
        boolean one = line.quantity().compareTo(BigDecimal.ONE) == 0 && "pcs".equals(line.unit());
        return one && !always ? name : name + ", " + replies.count(language, "unit." + line.unit(), line.quantity());
    }

    private static CartLine withQuantity(CartLine line, BigDecimal quantity) {
        return new CartLine(line.lineId(), line.productId(), line.name(), quantity, line.unit(), line.price());
    }
}
