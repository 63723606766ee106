package dev.korzina.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Where index builds are written: a fresh directory per build, removed again when the build is retired. */
final class IndexLocation {

    private static final Logger LOG = Logger.getLogger(IndexLocation.class.getName());
    private static final String BUILD_PREFIX = "build-";

    /** Where builds go on disk; empty for builds in memory. */
    private final Optional<Path> root;

    private final AtomicLong builds = new AtomicLong();

    private IndexLocation(Optional<Path> root) {
        this.root = root;
    }

    /** A fresh directory for one build and what to do once that build is closed. */
    record Build(Directory directory, Runnable cleanUp) {}

    /** Builds on disk under {@code root}; builds left by an earlier run are deleted now. */
    static IndexLocation onDisk(Path root) {
        try {
            Files.createDirectories(root);
            try (Stream<Path> old = Files.list(root)) {
                old.filter(p -> p.getFileName().toString().startsWith(BUILD_PREFIX))
                        .forEach(IndexLocation::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the search index directory " + root, e);
        }
        return new IndexLocation(Optional.of(root));
    }

    /** Builds in memory. */
    static IndexLocation inMemory() {
        return new IndexLocation(Optional.empty());
    }

    Build newBuild() {
        if (root.isEmpty()) {
            return new Build(new ByteBuffersDirectory(), () -> {});
        }
        Path path = root.get().resolve(BUILD_PREFIX + System.currentTimeMillis() + "-" + builds.incrementAndGet());
        try {
            return new Build(FSDirectory.open(path), () -> delete(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index directory " + path, e);
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the old search index " + path, e);
        }
    }
}
