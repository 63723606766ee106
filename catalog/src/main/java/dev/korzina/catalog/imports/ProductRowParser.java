package dev.korzina.catalog.imports;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.SizeUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Turns the named fields of one catalog row into a {@link Product}, whatever the file format. */
final class ProductRowParser {

    Product parse(Map<String, String> fields) throws InvalidRowException {
        String id = text(fields, "id").orElseThrow(() -> new InvalidRowException("id is missing"));
        String name = text(fields, "name").orElseThrow(() -> new InvalidRowException("name is missing"));
        Optional<BigDecimal> price = number(fields, "price");
        if (price.filter(p -> p.signum() < 0).isPresent()) {
            throw new InvalidRowException("price " + price.get().toPlainString() + " is negative");
        }
        Optional<SizeUnit> unit = unit(fields);
        Optional<BigDecimal> size = number(fields, "size");
        if (size.filter(s -> s.signum() <= 0).isPresent()) {
            throw new InvalidRowException("size " + size.get().toPlainString() + " is not positive");
        }
        if (size.isPresent() && unit.isEmpty()) {
            throw new InvalidRowException("size " + size.get().toPlainString() + " has no unit");
        }
        double popularity =
                number(fields, "popularity").map(BigDecimal::doubleValue).orElse(0.0);
        return new Product(
                id,
                name,
                text(fields, "name_en"),
                text(fields, "brand"),
                text(fields, "category"),
                price,
                unit,
                size,
                popularity);
    }

    private static Optional<String> text(Map<String, String> fields, String key) {
        return Optional.ofNullable(fields.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<BigDecimal> number(Map<String, String> fields, String key) throws InvalidRowException {
        Optional<String> raw = text(fields, key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(raw.get().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new InvalidRowException(key + " '" + raw.get() + "' is not a number");
        }
    }

    private static Optional<SizeUnit> unit(Map<String, String> fields) throws InvalidRowException {
        Optional<String> raw = text(fields, "unit");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<SizeUnit> unit = SizeUnit.fromCode(raw.get());
        if (unit.isEmpty()) {
            throw new InvalidRowException(
                    "unit '" + raw.get() + "' is not one of pcs, pack, g, kg, ml, l, oz, fl_oz, lb, gal");
        }
        return unit;
    }
}
