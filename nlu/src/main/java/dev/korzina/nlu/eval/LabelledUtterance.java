package dev.korzina.nlu.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One utterance of an evaluation set, in the format of {@code shared/eval/README.md}.
 *
 * @param id its id
 * @param lang "ru" or "en"
 * @param text the utterance
 * @param intent the right intent
 * @param items the right items
 * @param orderRef the right order number, if any
 * @param ignore patterns of predicted items that count neither way
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledUtterance(
        String id,
        String lang,
        String text,
        String intent,
        List<GoldItem> items,
        @JsonProperty("order_ref") Optional<String> orderRef,
        @JsonProperty("ignore_re") Optional<List<String>> ignore) {

    /** Fills absent lists. */
    public LabelledUtterance {
        items = items == null ? List.of() : List.copyOf(items);
        orderRef = orderRef == null ? Optional.empty() : orderRef;
        ignore = ignore == null ? Optional.empty() : ignore;
    }

    /**
     * A right item.
     *
     * @param productRe a regular expression the product must contain a match of
     * @param quantity the right quantity (1 when absent)
     * @param unit the right unit, or a list of acceptable units (pcs when absent)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldItem(
            @JsonProperty("product_re") String productRe, Optional<Double> quantity, Optional<JsonNode> unit) {

        /** Fills absent values. */
        public GoldItem {
            quantity = quantity == null ? Optional.empty() : quantity;
            unit = unit == null ? Optional.empty() : unit;
        }

        /** The acceptable units. */
        public List<String> units() {
            if (unit.isEmpty() || unit.get().isNull()) {
                return List.of("pcs");
            }
            if (unit.get().isArray()) {
                return java.util.stream.StreamSupport.stream(unit.get().spliterator(), false)
                        .map(JsonNode::asText)
                        .toList();
            }
            return List.of(unit.get().asText());
        }
    }
}
