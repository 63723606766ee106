package dev.korzina.nlu.eval;

import dev.korzina.nlu.Item;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matches predicted items to labelled ones one to one (a maximum bipartite matching), as the scorer does: a product
 * matches when its normalized text contains a match of the label's pattern; strictly, quantity and unit must match
 * too, with equal amounts in one dimension equal (0.5 kg = 500 g).
 */
final class ItemMatching {

    private static final Map<String, Double> GRAMS_OR_MILLILITRES =
            Map.of("g", 1.0, "kg", 1000.0, "ml", 1.0, "l", 1000.0);

    private ItemMatching() {}

    static Scores.Counts count(LabelledUtterance gold, List<Item> predicted, boolean strict) {
        List<LabelledUtterance.GoldItem> golds = gold.items();
        List<Pattern> patterns = golds.stream()
                .map(g -> NluEvaluation.productPattern(g.productRe()))
                .toList();
        int[] goldOfPredicted = new int[predicted.size()];
        Arrays.fill(goldOfPredicted, -1);
        int matched = 0;
        for (int g = 0; g < golds.size(); g++) {
            if (augment(g, golds, patterns, predicted, strict, goldOfPredicted, new boolean[predicted.size()])) {
                matched++;
            }
        }
        List<Pattern> ignore = gold.ignore().orElse(List.of()).stream()
                .map(NluEvaluation::productPattern)
                .toList();
        int falsePositives = 0;
        for (int p = 0; p < predicted.size(); p++) {
            String product = normalize(predicted.get(p).product());
            if (goldOfPredicted[p] < 0
                    && ignore.stream().noneMatch(r -> r.matcher(product).find())) {
                falsePositives++;
            }
        }
        return new Scores.Counts(matched, falsePositives, golds.size() - matched);
    }

    private static boolean augment(
            int g,
            List<LabelledUtterance.GoldItem> golds,
            List<Pattern> patterns,
            List<Item> predicted,
            boolean strict,
            int[] goldOfPredicted,
            boolean[] seen) {
        for (int p = 0; p < predicted.size(); p++) {
            if (seen[p] || !matches(golds.get(g), patterns.get(g), predicted.get(p), strict)) {
                continue;
            }
            seen[p] = true;
            if (goldOfPredicted[p] < 0
                    || augment(goldOfPredicted[p], golds, patterns, predicted, strict, goldOfPredicted, seen)) {
                goldOfPredicted[p] = g;
                return true;
            }
        }
        return false;
    }

    private static boolean matches(LabelledUtterance.GoldItem gold, Pattern pattern, Item item, boolean strict) {
        if (!pattern.matcher(normalize(item.product())).find()) {
            return false;
        }
        if (!strict) {
            return true;
        }
        double goldQuantity = gold.quantity().orElse(1.0);
        double quantity = item.quantity().doubleValue();
        String unit = item.unit().code();
        for (String goldUnit : gold.units()) {
            if (goldUnit.equals(unit) && Math.abs(goldQuantity - quantity) < 1e-6) {
                return true;
            }
            Double goldScale = GRAMS_OR_MILLILITRES.get(goldUnit);
            Double scale = GRAMS_OR_MILLILITRES.get(unit);
            if (goldScale != null
                    && scale != null
                    && sameDimension(goldUnit, unit)
                    && Math.abs(goldQuantity * goldScale - quantity * scale) < 1e-6) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDimension(String a, String b) {
        return a.endsWith("g") == b.endsWith("g");
    }

    private static String normalize(String product) {
        return product.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^[\\s.,!?;:\"'«»]+|[\\s.,!?;:\"'«»]+$", "");
    }
}
