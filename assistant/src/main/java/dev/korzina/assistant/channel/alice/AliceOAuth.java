package dev.korzina.assistant.channel.alice;

import dev.korzina.assistant.channel.ChannelTexts;
import dev.korzina.assistant.config.AliceSettings;
import dev.korzina.assistant.http.Html;
import dev.korzina.assistant.http.WebResources;
import dev.korzina.assistant.webchat.ChatPage;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.nlu.Language;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.identity.OAuthGrants;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OAuth 2.0 server (authorization code grant, RFC 6749) that Alice's account linking signs shoppers in
 * through. {@code GET /oauth/authorize} shows a page asking for the six-digit link code Korzina shows elsewhere
 * (the web chat, {@code tokens create --link-code}); a right code sends the browser back to Yandex with an
 * authorization code, which Yandex exchanges at {@code POST /oauth/token} (client id and secret, by HTTP Basic or
 * in the form) for an API session token of the member who issued the link code. Yandex then sends that token with
 * {@code account_linking_complete_event}, and the Alice user joins that member's household.
 *
 * <p>Only the one configured client and its redirect URIs are served: any other is answered with an error page,
 * never sent anywhere. Link codes are single-use and wrong ones count towards the linker's limit.
 */
public final class AliceOAuth implements HttpService {

    /** Where the server is mounted. */
    public static final String PATH = "/oauth";

    private static final Logger LOG = Logger.getLogger(AliceOAuth.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String CODE = "code";

    private final AliceSettings.OAuthClient client;
    private final HouseholdLinker linker;
    private final OAuthGrants grants;
    private final ChannelTexts texts = new ChannelTexts(AliceWebhook.BUNDLE);
    private final String form = new String(WebResources.read("/web/oauth/authorize.html"), StandardCharsets.UTF_8);
    /** The page without its form: for a request of an unknown client, which gets nothing to submit. */
    private final String formless = form.replaceAll("(?s)<form.*</form>", "");

    /**
     * Creates the server.
     *
     * @param client the one client it serves
     * @param linker checks link codes
     * @param grants grants and exchanges authorization codes
     */
    public AliceOAuth(AliceSettings.OAuthClient client, HouseholdLinker linker, OAuthGrants grants) {
        this.client = client;
        this.linker = linker;
        this.grants = grants;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/authorize", this::page).post("/authorize", this::signIn).post("/token", this::token);
    }

    /** What an authorization request asks: checked against the configured client before anything else. */
    private record Authorization(String responseType, String redirectUri, Optional<String> state) {}

    private void page(ServerRequest request, ServerResponse response) {
        Language language = ChatPage.language(request);
        Optional<Authorization> asked = authorization(request.query());
        if (asked.isEmpty()) {
            page(response, Status.BAD_REQUEST_400, language, Optional.empty(), "oauth.bad_client");
        } else if (!asked.get().responseType().equals(CODE)) {
            String error = asked.get().responseType().isEmpty() ? "invalid_request" : "unsupported_response_type";
            redirect(response, asked.get(), Map.of("error", error));
        } else {
            page(response, Status.OK_200, language, asked, "");
        }
    }

    private void signIn(ServerRequest request, ServerResponse response) {
        Language language = ChatPage.language(request);
        Optional<Parameters> form = form(request);
        Optional<Authorization> asked = form.flatMap(this::authorization);
        if (asked.isEmpty()) {
            page(response, Status.BAD_REQUEST_400, language, Optional.empty(), "oauth.bad_client");
            return;
        }
        UUID member;
        try {
            member = linker.claimIssuer(
                    form.get().first("link_code").asOptional().orElse(""));
        } catch (CartNotFoundException e) {
            page(response, Status.FORBIDDEN_403, language, asked, "oauth.code_wrong");
            return;
        } catch (TooManyRequestsException e) {
            page(response, Status.TOO_MANY_REQUESTS_429, language, asked, "oauth.too_many");
            return;
        }
        String code = grants.grant(member, client.clientId(), asked.get().redirectUri());
        LOG.info(() -> "account linking: member " + member + " signed in for " + client.clientId());
        redirect(response, asked.get(), Map.of(CODE, code));
    }

    private void token(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        Optional<Parameters> form = form(request);
        if (form.isEmpty()) {
            error(response, Status.BAD_REQUEST_400, "invalid_request");
            return;
        }
        Parameters fields = form.get();
        Optional<String> basic = request.headers().first(HeaderNames.AUTHORIZATION);
        if (!authenticated(basic, fields)) {
            basic.ifPresent(ignored -> response.header(HeaderNames.WWW_AUTHENTICATE, "Basic realm=\"korzina\""));
            error(response, Status.UNAUTHORIZED_401, "invalid_client");
            return;
        }
        if (!fields.first("grant_type").asOptional().orElse("").equals("authorization_code")) {
            error(response, Status.BAD_REQUEST_400, "unsupported_grant_type");
            return;
        }
        Optional<String> code = fields.first(CODE).asOptional();
        if (code.isEmpty()) {
            error(response, Status.BAD_REQUEST_400, "invalid_request");
            return;
        }
        Optional<String> token = grants.exchange(code.get(), client.clientId(), redirectUri(fields));
        if (token.isEmpty()) {
            error(response, Status.BAD_REQUEST_400, "invalid_grant");
            return;
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("access_token", token.get());
        answer.put("token_type", "bearer");
        response.send(answer);
    }

    /**
     * The fields of a form post ({@code application/x-www-form-urlencoded}), or empty for any other body and for a
     * form that cannot be decoded (a {@code %} not followed by two hex digits).
     */
    private static Optional<Parameters> form(ServerRequest request) {
        boolean form = request.headers()
                .contentType()
                .map(type -> type.test(MediaTypes.APPLICATION_FORM_URLENCODED))
                .orElse(false);
        if (!form) {
            return Optional.empty();
        }
        try {
            return Optional.of(request.content().as(Parameters.class));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The request's client and redirect URI, when they are the configured ones (the redirect URI may be left out). */
    private Optional<Authorization> authorization(Parameters parameters) {
        Optional<String> clientId = parameters.first("client_id").asOptional();
        String redirectUri = redirectUri(parameters);
        if (clientId.filter(client.clientId()::equals).isEmpty()
                || !client.redirectUris().contains(redirectUri)) {
            return Optional.empty();
        }
        return Optional.of(new Authorization(
                parameters.first("response_type").asOptional().orElse(""),
                redirectUri,
                parameters.first("state").asOptional().filter(state -> !state.isEmpty())));
    }

    /** The redirect URI a request names, or the client's first when it names none (RFC 6749 3.1.2.3). */
    private String redirectUri(Parameters parameters) {
        return parameters
                .first("redirect_uri")
                .asOptional()
                .orElse(client.redirectUris().getFirst());
    }

    /** Whether the token request names the client and its secret, by HTTP Basic or in the form. */
    private boolean authenticated(Optional<String> basic, Parameters fields) {
        Optional<String[]> credentials = basic.filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .flatMap(value -> decoded(value.substring(6).strip()))
                .map(pair -> pair.split(":", 2))
                .filter(pair -> pair.length == 2)
                .or(() -> fields.first("client_id").asOptional().map(id -> new String[] {
                    id, fields.first("client_secret").asOptional().orElse("")
                }));
        // both compared, whatever the first answers, so the time taken tells nothing
        return credentials
                .filter(pair -> AliceWebhook.same(pair[0], client.clientId())
                        & AliceWebhook.same(pair[1], client.clientSecret()))
                .isPresent();
    }

    private static Optional<String> decoded(String base64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void redirect(ServerResponse response, Authorization asked, Map<String, String> parameters) {
        StringBuilder location = new StringBuilder(asked.redirectUri());
        char separator = asked.redirectUri().contains("?") ? '&' : '?';
        Map<String, String> all = new LinkedHashMap<>(parameters);
        asked.state().ifPresent(state -> all.put("state", state));
        for (Map.Entry<String, String> parameter : all.entrySet()) {
            location.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        response.status(Status.SEE_OTHER_303);
        response.header(HeaderNames.LOCATION, location.toString());
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send();
    }

    private void page(
            ServerResponse response, Status status, Language language, Optional<Authorization> asked, String errorKey) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", language.code());
        values.put("title", texts.say(language, "oauth.title"));
        values.put("prompt", texts.say(language, "oauth.prompt"));
        values.put("code_label", texts.say(language, "oauth.code_label"));
        values.put("submit", texts.say(language, "oauth.submit"));
        values.put("error", errorKey.isEmpty() ? "" : texts.say(language, errorKey));
        values.put("client_id", asked.isPresent() ? client.clientId() : "");
        values.put("redirect_uri", asked.map(Authorization::redirectUri).orElse(""));
        values.put("state", asked.flatMap(Authorization::state).orElse(""));
        String html = PLACEHOLDER
                .matcher(asked.isPresent() ? form : formless)
                .replaceAll(match -> Matcher.quoteReplacement(Html.escape(values.get(match.group(1)))));
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.create("X-Frame-Options"), "DENY");
        response.send(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void error(ServerResponse response, Status status, String error) {
        response.status(status).send(Map.of("error", error));
    }
}
