package dev.korzina.catalog.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes unit words one way, as product names abbreviate them: "литра" → "л", "граммов" → "г", "liters" → "l".
 * Percent words are dropped ("2,5 процента" = "2,5%", and the tokenizer drops "%").
 */
final class UnitFilter extends TokenFilter {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("литр", "л"),
            Map.entry("литра", "л"),
            Map.entry("литров", "л"),
            Map.entry("литре", "л"),
            Map.entry("литровая", "л"),
            Map.entry("литровый", "л"),
            Map.entry("литровую", "л"),
            Map.entry("миллилитров", "мл"),
            Map.entry("миллилитра", "мл"),
            Map.entry("грамм", "г"),
            Map.entry("грамма", "г"),
            Map.entry("граммов", "г"),
            Map.entry("гр", "г"),
            Map.entry("килограмм", "кг"),
            Map.entry("килограмма", "кг"),
            Map.entry("килограммов", "кг"),
            Map.entry("кило", "кг"),
            Map.entry("штук", "шт"),
            Map.entry("штуки", "шт"),
            Map.entry("штука", "шт"),
            Map.entry("liter", "l"),
            Map.entry("liters", "l"),
            Map.entry("litre", "l"),
            Map.entry("litres", "l"),
            Map.entry("ounce", "oz"),
            Map.entry("ounces", "oz"),
            Map.entry("gram", "g"),
            Map.entry("grams", "g"),
            Map.entry("pound", "lb"),
            Map.entry("pounds", "lb"),
            Map.entry("lbs", "lb"),
            Map.entry("gallon", "gal"),
            Map.entry("gallons", "gal"),
            Map.entry("count", "ct"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    UnitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String word = term.toString();
            if (word.startsWith("процент") || word.equals("percent")) {
                continue;
            }
            String unit = UNITS.get(word);
            if (unit != null) {
                term.setEmpty().append(unit);
            }
            return true;
        }
        return false;
    }
}
