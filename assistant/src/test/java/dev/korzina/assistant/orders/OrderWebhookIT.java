package dev.korzina.assistant.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.TestClock;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.http.WebhookSignature;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real store reporting statuses over {@code POST /api/orders/{number}/events}, signed with the shared secret. The
 * simulated store is slowed to hours so that only the webhook moves the orders; the store delivers in a fixed slot.
 */
class OrderWebhookIT {

    private static final String SECRET = "shared-secret-of-the-store";

    @TempDir
    static Path dataDir;

    private static OrderServer server;
    private static TestClock clock;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = OrderServer.start(
                dataDir,
                Map.of(
                        "orders.webhook.secret", SECRET,
                        "orders.delivery-slot", "сегодня 18:00–20:00",
                        "orders.simulator.assembling-after", "PT10H",
                        "orders.simulator.with-courier-after", "PT11H",
                        "orders.simulator.delivered-after", "PT12H"));
        clock = server.clock();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSignedEventMovesTheOrderAndTellsTheHousehold() throws Exception {
        Shopper shopper = placed();
        long number = shopper.lastOrder().path("number").asLong();

        HttpResponse<String> response = send(number, courierEvent("evt-1"), now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).path("result").asText()).isEqualTo("moved");
        JsonNode order = shopper.lastOrder();
        assertThat(order.path("status").asText()).isEqualTo("with_courier");
        assertThat(order.path("courier").path("name").asText()).isEqualTo("Ирина");
        assertThat(shopper.say("где мой заказ"))
                .isEqualTo("Ваш заказ " + number + " уже у курьера, курьер Ирина, телефон +7 901 555-12-34,"
                        + " привезём к 12:40.");
    }

    @Test
    void aStoreThatSignsTheBodyAloneInPlainHexIsAccepted() throws Exception {
        long number = placed().lastOrder().path("number").asLong();
        String body = courierEvent("evt-body-only");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> response = http.post(
                "/api/orders/" + number + "/events",
                body,
                Map.of(WebhookSignature.TIMESTAMP, now(), WebhookSignature.SIGNATURE, signature));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aReplayedEventChangesNothingAndTellsNobodyTwice() throws Exception {
        Shopper shopper = placed();
        long number = shopper.lastOrder().path("number").asLong();
        send(number, courierEvent("evt-2"), now(), SECRET);

        HttpResponse<String> replayed = send(number, courierEvent("evt-2"), now(), SECRET);

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(replayed).path("result").asText()).isEqualTo("duplicate");
        assertThat(shopper.notices().path("unheard")).hasSize(1);
    }

    @Test
    void aLateEventDoesNotMoveTheOrderBack() throws Exception {
        Shopper shopper = placed();
        long number = shopper.lastOrder().path("number").asLong();
        send(number, courierEvent("evt-3"), now(), SECRET);

        HttpResponse<String> late = send(
                number,
                "{\"event_id\":\"evt-0\",\"status\":\"assembling\",\"at\":\"2026-11-26T09:01:00Z\"}",
                now(),
                SECRET);

        assertThat(TestHttp.json(late).path("result").asText()).isEqualTo("stale");
        assertThat(shopper.lastOrder().path("status").asText()).isEqualTo("with_courier");
    }

    @Test
    void aCancelledOrderIsSaidCancelledAndStaysSo() throws Exception {
        Shopper shopper = placed();
        long number = shopper.lastOrder().path("number").asLong();
        send(number, "{\"event_id\":\"evt-9\",\"status\":\"cancelled\"}", now(), SECRET);

        HttpResponse<String> late = send(number, courierEvent("evt-10"), now(), SECRET);

        assertThat(TestHttp.json(late).path("result").asText()).isEqualTo("stale");
        assertThat(shopper.say("где мой заказ")).isEqualTo("Ваш заказ " + number + " отменён.");
    }

    @Test
    void theCheckoutReadsTheDeliverySlotBack() throws Exception {
        Shopper shopper = Shopper.open(http).add("d-0001", 10);

        assertThat(shopper.say("оформи заказ")).contains("Доставка сегодня 18:00–20:00.");
    }

    @Test
    void aBadSignatureIs401() throws Exception {
        long number = placed().lastOrder().path("number").asLong();

        HttpResponse<String> response = send(number, courierEvent("evt-4"), now(), "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(response).path("error").path("message").asText())
                .contains("signature");
    }

    @Test
    void aStaleTimestampIs401EvenWhenSigned() throws Exception {
        long number = placed().lastOrder().path("number").asLong();
        String tenMinutesAgo =
                String.valueOf(clock.instant().minus(Duration.ofMinutes(10)).getEpochSecond());

        HttpResponse<String> response = send(number, courierEvent("evt-5"), tenMinutesAgo, SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void anUnknownOrderIs404() throws Exception {
        HttpResponse<String> response = send(999_999, courierEvent("evt-6"), now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("order_not_found");
    }

    @Test
    void anUnknownStatusNamesTheField() throws Exception {
        long number = placed().lastOrder().path("number").asLong();

        HttpResponse<String> response = send(number, "{\"event_id\":\"evt-7\",\"status\":\"lost\"}", now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("field").asText()).isEqualTo("status");
    }

    @Test
    void anOptedOutHouseholdHearsNoNews() throws Exception {
        Shopper shopper = placed();
        long number = shopper.lastOrder().path("number").asLong();
        http.send("PUT", "/api/notices", "{\"enabled\":false}", TestHttp.bearer(shopper.token()));

        send(number, courierEvent("evt-8"), now(), SECRET);

        assertThat(shopper.notices().path("enabled").asBoolean()).isFalse();
        assertThat(shopper.notices().path("unheard")).isEmpty();
        assertThat(shopper.say("что у меня в корзине")).isEqualTo("Корзина пуста.");
    }

    @Test
    void aHouseholdThatSaidNoNotificationsHearsNoNewsUntilItTurnsThemOn() throws Exception {
        Shopper shopper = placed();
        long number = shopper.lastOrder().path("number").asLong();

        String off = shopper.say("не присылай мне уведомления");
        send(number, courierEvent("evt-voice-off"), now(), SECRET);

        assertThat(off).startsWith("Хорошо, больше не буду присылать уведомления");
        assertThat(shopper.notices().path("enabled").asBoolean()).isFalse();
        assertThat(shopper.say("что у меня в корзине")).isEqualTo("Корзина пуста.");
        assertThat(shopper.say("включи уведомления")).isEqualTo("Хорошо, снова буду сообщать о заказах.");
        assertThat(shopper.notices().path("enabled").asBoolean()).isTrue();
    }

    private static Shopper placed() throws Exception {
        Shopper shopper = Shopper.open(http).add("d-0001", 10);
        shopper.say("оформи заказ");
        shopper.say("да");
        return shopper;
    }

    private static String courierEvent(String id) {
        return "{\"event_id\":\"" + id + "\",\"status\":\"with_courier\",\"eta\":\"2026-11-26T09:40:00Z\","
                + "\"courier\":{\"name\":\"Ирина\",\"phone\":\"+7 901 555-12-34\"},\"at\":\"2026-11-26T09:20:00Z\"}";
    }

    private static String now() {
        return String.valueOf(clock.instant().getEpochSecond());
    }

    private static HttpResponse<String> send(long number, String body, String timestamp, String secret)
            throws Exception {
        return http.post(
                "/api/orders/" + number + "/events",
                body,
                Map.of(
                        WebhookSignature.TIMESTAMP,
                        timestamp,
                        WebhookSignature.SIGNATURE,
                        WebhookSignature.sign(secret, timestamp, body)));
    }
}
