package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends Bot API calls in the order they were queued for each chat, one call per chat at a time, within the
 * {@link RateLimits}: a chat gets its next message no sooner than {@code perChat} after the last ({@code perGroup} for
 * a group), all chats together
 * at most {@code perSecond} calls a second. A 429 holds the chat back for Telegram's {@code retry_after}; server
 * errors and calls that did not get through are retried with a growing backoff; other refusals drop the call and
 * are reported. One dispatcher thread picks the calls; each call runs on its own virtual thread.
 */
public final class OutboundQueue implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboundQueue.class.getName());

    /** The longest the dispatcher waits before looking again for work that became ready. */
    private static final Duration TICK = Duration.ofMillis(20);
    /** How long closing keeps sending what is still queued, within the limits, before it drops the rest. */
    private static final Duration DRAIN = Duration.ofSeconds(5);

    /** Hears calls that Telegram refused for good. */
    @FunctionalInterface
    public interface Refusals {
        /**
         * A call was refused and dropped.
         *
         * @param chatId the chat it was for
         * @param failure Telegram's answer
         */
        void refused(long chatId, BotApiException failure);
    }

    private final BotApiClient client;
    private final RateLimits limits;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Refusals refusals;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, Lane> lanes = new LinkedHashMap<>();
    private final Deque<Instant> recentCalls = new ArrayDeque<>();
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread dispatcher;
    private long sequence;
    private Instant sendUntil = Instant.MAX;

    /**
     * Creates and starts a queue.
     *
     * @param client makes the calls
     * @param limits the rate limits and retries
     * @param clock tells the time for the limits
     * @param sleeper waits for the limits
     * @param refusals hears calls refused for good (a blocked bot gets 403)
     */
    public OutboundQueue(BotApiClient client, RateLimits limits, Clock clock, Sleeper sleeper, Refusals refusals) {
        this.client = client;
        this.limits = limits;
        this.clock = clock;
        this.sleeper = sleeper;
        this.refusals = refusals;
        this.dispatcher =
                Thread.ofPlatform().name("korzina-telegram-outbound").daemon().start(this::dispatch);
    }

    /**
     * Queues a call whose answer nobody needs.
     *
     * @param chatId the chat it is for, which orders it
     * @param call the call
     */
    public void send(long chatId, BotCall call) {
        send(chatId, call, result -> {});
    }

    /**
     * Queues a call.
     *
     * @param chatId the chat it is for, which orders it
     * @param call the call
     * @param onResult gets the {@code result} once the call succeeded
     */
    public void send(long chatId, BotCall call, Consumer<JsonNode> onResult) {
        lock.lock();
        try {
            lanes.computeIfAbsent(chatId, id -> new Lane(limits.spacing(id)))
                    .calls
                    .addLast(new Pending(call, onResult, sequence++, 1));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        lock.lock();
        try {
            while (clock.instant().isBefore(sendUntil) && (sendUntil.equals(Instant.MAX) || queued())) {
                Instant now = clock.instant();
                lanes.values().removeIf(lane -> lane.done(now));
                Optional<Map.Entry<Long, Lane>> ready = ready(now);
                if (ready.isPresent()) {
                    start(ready.get().getKey(), ready.get().getValue(), now);
                    continue;
                }
                Optional<Instant> next = nextReady();
                if (next.isEmpty()) {
                    changed.await();
                } else {
                    Duration wait = Duration.between(now, next.get());
                    lock.unlock();
                    try {
                        sleeper.sleep(wait.compareTo(TICK) < 0 ? wait : TICK);
                    } finally {
                        lock.lock();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** The idle chat whose oldest call may go now, oldest call first; empty when the global limit is reached. */
    private Optional<Map.Entry<Long, Lane>> ready(Instant now) {
        if (globalReadyAt().isAfter(now)) {
            return Optional.empty();
        }
        return lanes.entrySet().stream()
                .filter(e -> e.getValue().idle() && !e.getValue().readyAt().isAfter(now))
                .min(Comparator.comparingLong(e -> e.getValue().calls.getFirst().sequence));
    }

    /** When the next call may go, if one waits. */
    private Optional<Instant> nextReady() {
        return lanes.values().stream()
                .filter(Lane::idle)
                .map(Lane::readyAt)
                .min(Comparator.naturalOrder())
                .map(at -> at.isBefore(globalReadyAt()) ? globalReadyAt() : at);
    }

    private Instant globalReadyAt() {
        while (!recentCalls.isEmpty() && !recentCalls.getFirst().plusSeconds(1).isAfter(clock.instant())) {
            recentCalls.removeFirst();
        }
        return recentCalls.size() < limits.perSecond()
                ? Instant.MIN
                : recentCalls.getFirst().plusSeconds(1);
    }

    private void start(long chatId, Lane lane, Instant now) {
        Pending pending = lane.calls.getFirst();
        lane.busy = true;
        recentCalls.addLast(now);
        calls.execute(() -> deliver(chatId, lane, pending));
    }

    private void deliver(long chatId, Lane lane, Pending pending) {
        Optional<BotApiException> failure;
        try {
            pending.onResult.accept(client.call(pending.call));
            failure = Optional.empty();
        } catch (BotApiException e) {
            failure = Optional.of(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "handling the answer to " + pending.call.method() + " failed", e);
            failure = Optional.empty();
        }
        finish(chatId, lane, pending, failure);
    }

    private void finish(long chatId, Lane lane, Pending pending, Optional<BotApiException> failure) {
        Optional<BotApiException> refused = Optional.empty();
        lock.lock();
        try {
            Instant now = clock.instant();
            lane.busy = false;
            lane.calls.removeFirst();
            if (failure.isEmpty()) {
                if (pending.call.isMessage()) {
                    lane.lastMessage = now;
                }
            } else if (failure.get().retryable() && pending.attempt < limits.attempts()) {
                BotApiException e = failure.get();
                lane.calls.addFirst(pending.retried());
                lane.heldUntil = now.plus(e.retryAfter().orElseGet(() -> limits.backoffAfter(pending.attempt)));
                LOG.fine(() -> "retrying " + pending.call.method() + " in chat " + chatId + " after " + e.getMessage());
            } else {
                refused = failure;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        refused.ifPresent(e -> {
            LOG.warning(
                    () -> "Telegram refused " + pending.call.method() + " in chat " + chatId + ": " + e.getMessage());
            refusals.refused(chatId, e);
        });
    }

    /**
     * How many calls wait or run.
     *
     * @return the count over all chats
     */
    public int pending() {
        lock.lock();
        try {
            return lanes.values().stream().mapToInt(lane -> lane.calls.size()).sum();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking turns at sending: what is still queued goes out within the limits for up to five seconds (a
     * reply to a message that came just before a shutdown still reaches its chat), calls on their way finish, and
     * whatever is left after that is dropped and logged.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            sendUntil = clock.instant().plus(DRAIN);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            dispatcher.join(DRAIN.plusSeconds(1).toMillis());
            dispatcher.interrupt();
            calls.shutdown();
            calls.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int dropped = pending();
        if (dropped > 0) {
            LOG.warning(() -> "closing the Telegram queue dropped " + dropped + " calls it could not send in time");
        }
    }

    /** Whether a call waits to be sent or is on its way; the caller holds the lock. */
    private boolean queued() {
        return lanes.values().stream().anyMatch(lane -> lane.busy || !lane.calls.isEmpty());
    }

    /** The calls of one chat, oldest first; the first is the one running or next. */
    private static final class Lane {
        private final Deque<Pending> calls = new ArrayDeque<>();
        private final Duration spacing;
        private boolean busy;
        private Instant lastMessage = Instant.MIN;
        private Instant heldUntil = Instant.MIN;

        private Lane(Duration spacing) {
            this.spacing = spacing;
        }

        private boolean idle() {
            return !busy && !calls.isEmpty();
        }

        /** Whether the lane has nothing to send and no longer holds its chat back. */
        private boolean done(Instant now) {
            return !busy
                    && calls.isEmpty()
                    && !heldUntil.isAfter(now)
                    && (lastMessage.equals(Instant.MIN)
                            || !lastMessage.plus(spacing).isAfter(now));
        }

        private Instant readyAt() {
            Instant slot = calls.getFirst().call.isMessage() && !lastMessage.equals(Instant.MIN)
                    ? lastMessage.plus(spacing)
                    : Instant.MIN;
            return slot.isAfter(heldUntil) ? slot : heldUntil;
        }
    }

    private record Pending(BotCall call, Consumer<JsonNode> onResult, long sequence, int attempt) {
        private Pending retried() {
            return new Pending(call, onResult, sequence, attempt + 1);
        }
    }
}
