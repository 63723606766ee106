package dev.korzina.assistant.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files the server serves from its own classpath, read once at start-up. */
public final class WebResources {

    private WebResources() {}

    /**
     * Reads a classpath resource whole.
     *
     * @param path the resource's absolute path ({@code /web/index.html})
     * @return its bytes
     * @throws IllegalStateException when the resource is missing, which is a packaging mistake
     */
    public static byte[] read(String path) {
        try (InputStream in = WebResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
