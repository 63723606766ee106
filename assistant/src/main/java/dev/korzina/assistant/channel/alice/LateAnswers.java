package dev.korzina.assistant.channel.alice;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Alice's deadline: each piece of work runs on a virtual thread and is waited for at most the deadline; work
 * that takes longer is answered with a "one moment" answer and finishes in the background, and its answer comes
 * first in the conversation's next request (if that comes within ten minutes). Work of one conversation runs one piece after another.
 */
final class LateAnswers {

    private static final Logger LOG = Logger.getLogger(LateAnswers.class.getName());

    /** A late answer nobody asks for within this time is dropped. */
    private static final Duration KEPT = Duration.ofMinutes(10);

    private final Duration deadline;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentMap<String, CompletableFuture<Answer>> pending = new ConcurrentHashMap<>();

    /**
     * Creates the runner.
     *
     * @param deadline how long a request waits for its work
     */
    LateAnswers(Duration deadline) {
        this.deadline = deadline;
    }

    /**
     * Runs a conversation's work within the deadline.
     *
     * @param conversation the conversation's key
     * @param work the work; it must not throw
     * @param stillWorking the answer when the work takes too long
     * @return the work's answer, after any late answer of the conversation, or {@code stillWorking}
     */
    Answer run(String conversation, Supplier<Answer> work, Supplier<Answer> stillWorking) {
        CompletableFuture<Answer> running = pending.compute(
                conversation,
                (key, late) -> late == null
                        ? CompletableFuture.supplyAsync(work, threads)
                        : late.thenApplyAsync(earlier -> work.get().after(earlier), threads));
        try {
            Answer answer = running.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            pending.remove(conversation, running);
            return answer;
        } catch (TimeoutException e) {
            LOG.info(() -> "a turn of " + conversation + " is slower than " + deadline.toMillis()
                    + " ms; it is answered with the next request");
            CompletableFuture.runAsync(
                    () -> pending.remove(conversation, running),
                    CompletableFuture.delayedExecutor(KEPT.toMillis(), TimeUnit.MILLISECONDS));
            return stillWorking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.remove(conversation, running);
            return stillWorking.get();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "a turn of " + conversation + " failed", e);
            pending.remove(conversation, running);
            return stillWorking.get();
        }
    }
}
