package dev.korzina.assistant.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.TestClock;
import dev.korzina.assistant.TestHttp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking out by chat and following the order through the simulated store under a test clock (assembling 5 minutes
 * after the placing, with the courier after 25, delivered after 55), in Russian and English.
 * Milk d-0001 costs 112.90, so ten make 1129: above the 500 minimum, 871 short of free delivery at 2000.
 */
class OrderLifecycleIT {

    private static final String MILK = "d-0001";

    @TempDir
    static Path dataDir;

    private static OrderServer server;
    private static TestClock clock;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = OrderServer.start(dataDir, Map.of("orders.simulator.tick", "PT0.05S"));
        clock = server.clock();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void checkoutInRussianReadsTheCartBackWithWhatFreeDeliveryLacks() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);

        JsonNode answer = shopper.turn("оформи заказ", "ru");

        assertThat(answer.path("intent").asText()).isEqualTo("checkout");
        assertThat(answer.path("reply").path("text").asText())
                .isEqualTo("В корзине 1 товар на 1129 рублей. До бесплатной доставки не хватает 871 рубль."
                        + " Оформить заказ? Да или нет?");
        assertThat(answer.path("reply").path("buttons").toString()).contains("Да", "Нет");
    }

    @Test
    void yesPlacesTheOrderFromTheCartAndEmptiesIt() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        String eta = etaOfAnOrderPlacedNow();

        JsonNode answer = shopper.turn("да", "ru");

        JsonNode order = shopper.lastOrder();
        assertThat(answer.path("reply").path("text").asText())
                .startsWith("Заказ " + order.path("number").asText() + " оформлен: 1 товар на 1129 рублей.")
                .contains("принят, привезём к " + eta);
        assertThat(answer.path("cart").path("lines")).isEmpty();
        assertThat(order.path("status").asText()).isEqualTo("accepted");
        assertThat(order.path("lines")).hasSize(1);
        assertThat(order.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("10");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("1129");
    }

    @Test
    void noKeepsTheCartAndPlacesNothing() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");

        JsonNode answer = shopper.turn("нет", "ru");

        assertThat(answer.path("reply").path("text").asText()).contains("заказ не оформляю");
        assertThat(answer.path("cart").path("lines")).hasSize(1);
        assertThat(shopper.orders()).isEmpty();
    }

    @Test
    void aCartChangedBeforeTheYesIsReadBackAgainInsteadOfOrdered() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        shopper.add(MILK, 1);

        String reply = shopper.say("да");

        assertThat(reply).startsWith("Корзина за это время изменилась. В корзине 1 товар на 1242 рубля.");
        assertThat(shopper.orders()).isEmpty();
    }

    @Test
    void belowTheMinimumOrderCheckoutIsRefusedWithWhatIsMissing() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 2);

        String reply = shopper.say("оформи заказ");

        assertThat(reply)
                .isEqualTo("Минимальная сумма заказа 500 рублей, в корзине на 226 рублей: добавьте ещё на 274 рубля.");
    }

    @Test
    void checkoutInEnglishPlacesTheOrder() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);

        String asked = shopper.turn("checkout", "en").path("reply").path("text").asText();
        String eta = etaOfAnOrderPlacedNow();
        String placed = shopper.turn("yes", "en").path("reply").path("text").asText();

        assertThat(asked)
                .isEqualTo("1 item for 1129 roubles. 871 roubles more for free delivery. Place the order? Yes or no?");
        assertThat(placed)
                .startsWith("Order " + shopper.lastOrder().path("number").asText() + " is placed")
                .contains("is accepted, arriving by " + eta);
    }

    @Test
    void theOrderIsFollowedThroughEveryStatusUntilItsRatingIsStored() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        String eta = etaOfAnOrderPlacedNow();
        shopper.say("да");
        String number = shopper.lastOrder().path("number").asText();

        String accepted = shopper.say("где мой заказ");
        clock.advance(Duration.ofMinutes(5));
        shopper.awaitStatus("assembling");
        String assembling = shopper.say("когда привезут");
        clock.advance(Duration.ofMinutes(20));
        shopper.awaitStatus("with_courier");
        String withCourier = shopper.say("где мой заказ");
        clock.advance(Duration.ofMinutes(30));
        shopper.awaitStatus("delivered");
        String delivered = shopper.say("где мой заказ");
        String thanks = shopper.say("пять");

        assertThat(accepted).isEqualTo("Ваш заказ " + number + " принят, привезём к " + eta + ".");
        assertThat(assembling).isEqualTo("Ваш заказ " + number + " собирают, привезём к " + eta + ".");
        assertThat(withCourier)
                .startsWith("Ваш заказ " + number + " уже у курьера, курьер ")
                .contains("телефон +7 900")
                .endsWith(", привезём к " + eta + ".");
        assertThat(delivered)
                .startsWith("Ваш заказ " + number + " доставлен")
                .endsWith("Как вам заказ " + number + "? Оцените от 1 до 5.");
        assertThat(thanks).isEqualTo("Спасибо, записала оценку 5 из 5.");
        assertThat(shopper.lastOrder().path("rating").asInt()).isEqualTo(5);
    }

    @Test
    void anAdditionWithACountInsteadOfARatingIsAnAddition() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        shopper.say("да");
        clock.advance(Duration.ofMinutes(55));
        shopper.awaitStatus("delivered");
        shopper.say("где мой заказ");

        JsonNode answer = shopper.turn("добавь два батона", "ru");

        assertThat(answer.path("intent").asText()).isEqualTo("add_items");
        assertThat(answer.path("cart").path("lines")).hasSize(1);
        assertThat(shopper.lastOrder().has("rating")).isFalse();
    }

    @Test
    void theNextTurnAfterTheCourierLeftStartsWithTheNews() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        shopper.say("да");
        String number = shopper.lastOrder().path("number").asText();

        clock.advance(Duration.ofMinutes(25));
        shopper.awaitStatus("with_courier");
        String reply = shopper.say("что у меня в корзине");
        String next = shopper.say("что у меня в корзине");

        assertThat(reply)
                .startsWith("Кстати, ваш заказ " + number + " уже у курьера")
                .endsWith("Корзина пуста.");
        assertThat(next).isEqualTo("Корзина пуста.");
    }

    @Test
    void theHouseholdsOwnOrderIsFoundByItsNumberInEnglish() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        String eta = etaOfAnOrderPlacedNow();
        shopper.say("да");
        String number = shopper.lastOrder().path("number").asText();

        JsonNode answer = shopper.turn("where is order " + number, "en");

        assertThat(answer.path("intent").asText()).isEqualTo("order_status");
        assertThat(answer.path("reply").path("text").asText())
                .isEqualTo("Your order " + number + " is accepted, arriving by " + eta + ".");
    }

    @Test
    void withoutOrdersTheStatusSaysThereAreNone() throws Exception {
        assertThat(Shopper.open(http).say("где мой заказ")).isEqualTo("У вас пока нет заказов.");
    }

    @Test
    void anotherHouseholdsOrderNumberIsAnsweredAsUnknown() throws Exception {
        Shopper owner = Shopper.open(http).add(MILK, 10);
        owner.say("оформи заказ");
        owner.say("да");
        String number = owner.lastOrder().path("number").asText();
        Shopper stranger = Shopper.open(http);

        String reply = stranger.turn("where is order " + number, "en")
                .path("reply")
                .path("text")
                .asText();

        assertThat(reply).isEqualTo("I cannot find order " + number + " among your orders.");
        assertThat(stranger.orders()).isEmpty();
    }

    @Test
    void repeatingTheLastDeliveredOrderFillsAnEmptyCart() throws Exception {
        Shopper shopper = deliveredOrderOfTenMilks();

        JsonNode answer = shopper.turn("закажи как в прошлый раз", "ru");

        assertThat(answer.path("intent").asText()).isEqualTo("repeat_order");
        assertThat(answer.path("cart").path("lines")).hasSize(1);
        assertThat(answer.path("cart").path("lines").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("10");
    }

    @Test
    void repeatingIntoACartThatIsNotEmptyAsksFirst() throws Exception {
        Shopper shopper = deliveredOrderOfTenMilks().add("d-0002", 1);

        String asked = shopper.say("закажи как в прошлый раз");
        JsonNode added = shopper.turn("да", "ru");

        assertThat(asked).startsWith("В корзине уже 1 товар. Добавить к ним 1 товар из заказа ");
        assertThat(added.path("cart").path("lines")).hasSize(2);
    }

    @Test
    void aDeliveredOrderTeachesWhatToBuyThisWeek() throws Exception {
        Shopper shopper = deliveredOrderOfTenMilks();

        JsonNode answer = shopper.turn("что купить на неделю", "ru");

        assertThat(answer.path("intent").asText()).isEqualTo("replenish");
        assertThat(answer.path("reply").path("text").asText()).startsWith("На неделю предлагаю: молоко");
    }

    /** When an order placed now is delivered, Moscow time: 55 minutes later. */
    private static String etaOfAnOrderPlacedNow() {
        return DateTimeFormatter.ofPattern("HH:mm")
                .format(clock.instant().plus(Duration.ofMinutes(55)).atZone(ZoneId.of("Europe/Moscow")));
    }

    private static Shopper deliveredOrderOfTenMilks() throws Exception {
        Shopper shopper = Shopper.open(http).add(MILK, 10);
        shopper.say("оформи заказ");
        shopper.say("да");
        clock.advance(Duration.ofMinutes(55));
        shopper.awaitStatus("delivered");
        shopper.say("где мой заказ");
        shopper.say("нет");
        return shopper;
    }
}
