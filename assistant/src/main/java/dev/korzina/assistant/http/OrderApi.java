package dev.korzina.assistant.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.skills.OrderTracker;
import dev.korzina.skills.orders.Courier;
import dev.korzina.skills.orders.EventOutcome;
import dev.korzina.skills.orders.OrderStatus;
import dev.korzina.skills.orders.StatusEvent;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/orders}: the session household's orders, newest first. {@code POST /api/orders/{number}/events}:
 * a status event signed by the store ({@link WebhookSignature}), {@code {"event_id","status","eta","courier":{"name",
 * "phone"},"at"}}; an event seen before answers 200 and changes nothing.
 */
public final class OrderApi implements HttpService {

    private final OrderTracker tracker;
    private final WebhookSignature signature;
    private final Authenticator authenticator;
    private final JsonBodies bodies;
    private final Clock clock;

    /**
     * Creates the API.
     *
     * @param tracker the orders and the events that move them
     * @param signature checks the store's calls
     * @param authenticator finds the caller of a request
     * @param bodies reads request bodies
     * @param clock stamps events that carry no time
     */
    public OrderApi(
            OrderTracker tracker,
            WebhookSignature signature,
            Authenticator authenticator,
            JsonBodies bodies,
            Clock clock) {
        this.tracker = tracker;
        this.signature = signature;
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/{number}/events", this::event);
    }

    private void list(ServerRequest request, ServerResponse response) {
        String household = authenticator.caller(request).householdId().toString();
        response.send(new Orders(
                tracker.book().orders(household).stream().map(OrderBody::of).toList()));
    }

    private void event(ServerRequest request, ServerResponse response) {
        String raw = request.content().hasEntity() ? request.content().as(String.class) : "";
        signature.check(
                request.headers().first(HeaderNames.create(WebhookSignature.TIMESTAMP)),
                request.headers().first(HeaderNames.create(WebhookSignature.SIGNATURE)),
                raw);
        String number = request.path().pathParameters().get("number");
        StatusEvent event = read(bodies.object(raw));
        Optional<EventOutcome> outcome =
                number.matches("\\d{1,18}") ? tracker.apply(Long.parseLong(number), event) : Optional.empty();
        if (outcome.isEmpty()) {
            response.status(Status.NOT_FOUND_404).send(ApiError.of("order_not_found", "there is no order " + number));
            return;
        }
        String result = switch (outcome.get()) {
            case EventOutcome.Moved moved -> "moved";
            case EventOutcome.Duplicate duplicate -> "duplicate";
            case EventOutcome.Stale stale -> "stale";
        };
        response.send(new Applied(result, OrderBody.of(outcome.get().order())));
    }

    private StatusEvent read(JsonNode body) {
        String eventId = JsonBodies.text(body, "event_id");
        String code = JsonBodies.text(body, "status");
        OrderStatus status = OrderStatus.fromCode(code)
                .filter(s -> s != OrderStatus.PLACED)
                .orElseThrow(() -> new InvalidRequestException(
                        Optional.of("status"),
                        "status must be accepted, assembling, with_courier, delivered or cancelled"));
        Optional<Courier> courier = Optional.ofNullable(body.get("courier"))
                .filter(JsonNode::isObject)
                .map(c ->
                        new Courier(JsonBodies.text(c, "name"), c.path("phone").asText("")));
        return new StatusEvent(
                eventId,
                status,
                instant(body, "eta"),
                courier,
                instant(body, "at").orElseGet(clock::instant));
    }

    private static Optional<Instant> instant(JsonNode body, String field) {
        Optional<String> text =
                Optional.ofNullable(body.get(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
        try {
            return text.map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    Optional.of(field), field + " must be an ISO-8601 instant such as 2026-11-26T14:30:00Z");
        }
    }

    /**
     * The household's orders.
     *
     * @param orders newest first
     */
    record Orders(List<OrderBody> orders) {}

    /**
     * What an event did.
     *
     * @param result {@code moved}, {@code duplicate} (seen before) or {@code stale} (the order has passed it)
     * @param order the order after the event
     */
    record Applied(String result, OrderBody order) {}
}
