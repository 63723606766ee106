package dev.korzina.assistant.http;

/** Text put into the server's HTML pages. */
public final class Html {

    private Html() {}

    /**
     * Escapes text for an HTML element or a quoted attribute value.
     *
     * @param text any text, e.g. from a request or a bundle
     * @return the text with {@code & < > " '} as character references
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
