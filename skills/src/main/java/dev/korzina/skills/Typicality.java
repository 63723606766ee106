package dev.korzina.skills;

import dev.korzina.catalog.Product;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of several products of one kind a shopper means when they name only the kind: the most typical one, whose
 * words the other candidates share ("Яйцо куриное С1" among chicken eggs rather than the one quail egg; "Батон
 * нарезной" rather than "Батон с изюмом"). A word of a name that no other candidate has marks a special variant.
 */
final class Typicality {

    private static final int STEM = 5;
    private static final int SHORTEST_WORD = 2;
    private static final Set<String> UNITS =
            Set.of("г", "гр", "кг", "мл", "л", "шт", "g", "kg", "ml", "l", "pcs", "oz");

    private Typicality() {}

    /**
     * Orders products most typical first, keeping the given order among equally typical ones.
     *
     * @param products the candidates of one kind, best match first
     * @param phrase the words the shopper said, which every candidate matches anyway
     * @return the same products, the ones with the fewest words of their own first
     */
    static List<Product> rank(List<Product> products, String phrase) {
        Set<String> said = stems(phrase);
        Map<Product, Set<String>> words = new HashMap<>();
        Map<String, Integer> shared = new HashMap<>();
        for (Product product : products) {
            Set<String> own = stems(product.name());
            own.removeAll(said);
            words.put(product, own);
            own.forEach(word -> shared.merge(word, 1, Integer::sum));
        }
        return products.stream()
                .sorted(Comparator.comparingLong(product -> words.get(product).stream()
                        .filter(word -> shared.get(word) == 1)
                        .count()))
                .toList();
    }

    private static Set<String> stems(String text) {
        return Arrays.stream(Replies.lower(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD && !UNITS.contains(word))
                .filter(word -> word.chars().anyMatch(Character::isLetter))
                .map(word -> word.substring(0, Math.min(word.length(), STEM)))
                .collect(Collectors.toSet());
    }
}
