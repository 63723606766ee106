package dev.korzina.assistant.webchat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.http.Html;
import dev.korzina.assistant.http.WebResources;
import dev.korzina.nlu.Language;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /chat}: the web chat page, with its script ({@code /chat/chat.js}) and style sheet
 * ({@code /chat/chat.css}). The page is in the language of {@code ?lang=ru|en}, else of the browser's
 * {@code Accept-Language}, else Russian; its texts come from the {@code webchat.chat} bundle, rendered once per
 * language at start-up.
 */
public final class ChatPage implements HttpService {

    static final String BUNDLE = "dev.korzina.assistant.webchat.chat";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_.]+)}}");
    private static final String MESSAGES = "messages";
    private static final List<String> OFFERED = List.of(Language.RU.code(), Language.EN.code());

    private final Map<Language, byte[]> pages = new EnumMap<>(Language.class);
    private final byte[] script = WebResources.read("/web/chat/chat.js");
    private final byte[] style = WebResources.read("/web/chat/chat.css");

    /**
     * Renders the page in every language.
     *
     * @param json writes the texts the script needs
     */
    public ChatPage(ObjectMapper json) {
        String template = new String(WebResources.read("/web/chat/chat.html"), StandardCharsets.UTF_8);
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pages.put(language, render(template, bundle, json).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::page)
                .get("/chat.js", (request, response) -> send(response, "text/javascript; charset=utf-8", script))
                .get("/chat.css", (request, response) -> send(response, "text/css; charset=utf-8", style));
    }

    private void page(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.VARY, "Accept-Language");
        send(response, "text/html; charset=utf-8", pages.get(language(request)));
    }

    private static void send(ServerResponse response, String contentType, byte[] body) {
        response.header(HeaderNames.CONTENT_TYPE, contentType);
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        response.send(body);
    }

    /**
     * The language of a page: the one asked for in the query ({@code ?lang=en}), else the browser's preferred one of
     * ours, else Russian.
     *
     * @param request the page's request
     * @return the language
     */
    public static Language language(ServerRequest request) {
        return request.query()
                .first("lang")
                .asOptional()
                .flatMap(Language::fromCode)
                .or(() -> request.headers().first(HeaderNames.ACCEPT_LANGUAGE).flatMap(ChatPage::preferred))
                .orElse(Language.RU);
    }

    /**
     * The first of our languages in an {@code Accept-Language} value.
     *
     * @param acceptLanguage the header's value ({@code "en-US,en;q=0.9"})
     * @return the language, or empty when the browser wants neither or the value is malformed
     */
    static Optional<Language> preferred(String acceptLanguage) {
        try {
            return Optional.ofNullable(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), OFFERED))
                    .flatMap(Language::fromCode);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Fills {@code {{key}}} with the bundle's escaped text, and {@code {{messages}}} with every text as JSON. */
    private static String render(String template, ResourceBundle bundle, ObjectMapper json) {
        Map<String, String> texts = new TreeMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        Matcher placeholder = PLACEHOLDER.matcher(template);
        return placeholder.replaceAll(match -> {
            String key = match.group(1);
            String value = MESSAGES.equals(key) ? scriptJson(texts, json) : Html.escape(bundle.getString(key));
            return Matcher.quoteReplacement(value);
        });
    }

    private static String scriptJson(Map<String, String> texts, ObjectMapper json) {
        try {
            return json.writeValueAsString(texts).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
