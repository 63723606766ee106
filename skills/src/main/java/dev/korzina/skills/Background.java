package dev.korzina.skills;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for store work a turn started alongside its own, so that their database round trips overlap. */
final class Background {

    private Background() {}

    /**
     * The result of the work; its failure is the turn's, with the work's own exception.
     *
     * @param work the work started alongside
     * @param <T> what it answers
     * @return its answer
     */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
