package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names quoted in a product name: «Бородинский» in "Хлеб «Бородинский»", "Maasdam" in 'Cheese "Maasdam"'. A
 * quoted name after a preposition names an ingredient or a flavour, not the product ("Омлет с сыром «Моцарелла»"),
 * and is left out.
 */
final class ProperNames {

    private static final Pattern QUOTED = Pattern.compile("[«\"“„]([^»\"”“]{2,60})[»\"”“]");
    private static final Pattern PREPOSITION =
            Pattern.compile("(?iu)(^|[\\s(])(с|со|в|во|из|для|на|под|with|in|of|for)\\s");

    private ProperNames() {}

    /**
     * The quoted names in a product name.
     *
     * @param name the product name
     * @return the names, without quotes, in order
     */
    static List<String> in(String name) {
        List<String> names = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(name);
        while (matcher.find()) {
            if (!PREPOSITION.matcher(name.substring(0, matcher.start())).find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
