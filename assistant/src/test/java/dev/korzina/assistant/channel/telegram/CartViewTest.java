package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartLine;
import dev.korzina.nlu.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartViewTest {

    private final CartView view = new CartView(new TelegramTexts());

    private final Cart cart = new Cart(
            "c1",
            3,
            List.of(
                    new CartLine(
                            "l1",
                            "d-0001",
                            "Молоко Простоквашино 2,5% 930 мл",
                            new BigDecimal("2.000"),
                            "pcs",
                            new BigDecimal("109.90")),
                    new CartLine("l2", "d-0300", "Бананы", new BigDecimal("1.500"), "kg", new BigDecimal("1199.00")),
                    new CartLine("l3", "d-0400", "Пакет", BigDecimal.ONE, "pcs", null)),
            new BigDecimal("2018.30"),
            "RUB",
            Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void aRussianCartMessageListsEachLineAndTheTotalInRoubles() {
        assertThat(view.render(cart, Language.RU)).isEqualTo("""
                        🛒 Корзина (3):
                        • Молоко Простоквашино 2,5% 930 мл — 2 шт × 109,90 ₽
                        • Бананы — 1,5 кг × 1\u00a0199,00 ₽
                        • Пакет — 1 шт
                        Итого: 2\u00a0018,30 ₽""");
    }

    @Test
    void anEnglishCartMessageUsesEnglishUnitsAndNumbers() {
        assertThat(view.render(cart, Language.EN))
                .startsWith("🛒 Cart (3):")
                .contains("— 1.5 kg × 1,199.00 ₽")
                .endsWith("Total: 2,018.30 ₽");
    }

    @Test
    void anEmptyCartSaysSo() {
        Cart empty = new Cart("c2", 0, List.of(), BigDecimal.ZERO, "RUB", Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(view.render(empty, Language.RU)).isEqualTo("🛒 Корзина пуста.");
    }
}
