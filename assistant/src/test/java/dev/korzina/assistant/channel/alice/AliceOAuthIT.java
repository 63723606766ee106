package dev.korzina.assistant.channel.alice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account linking as Yandex drives it, over real HTTP against a started server: the browser on the authorization
 * page, Yandex's broker exchanging the code at the token endpoint, then the Alice webhook with the token.
 */
class AliceOAuthIT {

    private static final String CLIENT = "yandex-dialogs";
    private static final String SECRET = "s3cret-of-the-skill";
    private static final String BROKER = "https://social.yandex.net/broker/redirect";
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        application = Application.start(
                TestServers.config(
                        dataDir,
                        Map.of(
                                "alice.skill.id", AliceBodies.SKILL,
                                "alice.oauth.client-id", CLIENT,
                                "alice.oauth.client-secret", SECRET)),
                ImportProgress.SILENT);
        http = new TestHttp(application.baseUri());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void theAuthorizationPageAsksForTheSixDigitCode() throws Exception {
        HttpResponse<String> page = http.get(
                "/oauth/authorize?" + query(Map.of("response_type", "code", "client_id", CLIENT, "state", "st-1")),
                Map.of("Accept-Language", "ru-RU,ru;q=0.9"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("Код из шести цифр", "name=\"state\" value=\"st-1\"", "value=\"" + BROKER + "\"");
    }

    @Test
    void aSignInWithTheLinkCodeLetsAliceShareTheHouseholdCart() throws Exception {
        String web = http.session("web", "w-" + UUID.randomUUID());
        http.post("/api/dialog/turns", "{\"text\":\"добавь бананы\"}", TestHttp.bearer(web));

        HttpResponse<String> back = signIn(linkCode(web), "st-2");
        assertThat(back.statusCode()).isEqualTo(303);
        URI location = URI.create(back.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(BROKER + "?code=").endsWith("&state=st-2");
        HttpResponse<String> exchanged = exchange(code(location), basic(CLIENT, SECRET));
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        assertThat(exchanged.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(exchanged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode token = TestHttp.json(exchanged);
        assertThat(token.path("token_type").asText()).isEqualTo("bearer");

        String user = "u-" + UUID.randomUUID();
        JsonNode linked = TestHttp.json(http.post(
                "/alice",
                AliceBodies.linkingCompleted(user, token.path("access_token").asText()),
                Map.of()));
        JsonNode cart = TestHttp.json(http.post("/alice", AliceBodies.said(user, "что в корзине", true), Map.of()));

        assertThat(linked.path("response").path("text").asText()).contains("общая корзина");
        assertThat(cart.path("response").path("text").asText()).containsIgnoringCase("банан");
    }

    @Test
    void theClientMaySendItsCredentialsInTheForm() throws Exception {
        String code = code(location(signIn(linkCode(http.session("web", "w-" + UUID.randomUUID())), "st-3")));

        HttpResponse<String> exchanged = exchange(code, Map.of("client_id", CLIENT, "client_secret", SECRET));

        assertThat(exchanged.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(exchanged).path("access_token").asText()).hasSizeGreaterThan(40);
    }

    @Test
    void anAuthorizationCodeIsExchangedOnlyOnce() throws Exception {
        String code = code(location(signIn(linkCode(http.session("web", "w-" + UUID.randomUUID())), "st-4")));
        assertThat(exchange(code, basic(CLIENT, SECRET)).statusCode()).isEqualTo(200);

        HttpResponse<String> again = exchange(code, basic(CLIENT, SECRET));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(again).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aWrongClientSecretIsAnInvalidClient() throws Exception {
        String code = code(location(signIn(linkCode(http.session("web", "w-" + UUID.randomUUID())), "st-5")));

        HttpResponse<String> refused = exchange(code, basic(CLIENT, "guessed"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"korzina\"");
        assertThat(TestHttp.json(refused).path("error").asText()).isEqualTo("invalid_client");
        assertThat(exchange(code, basic(CLIENT, SECRET)).statusCode())
                .as("a refused attempt leaves the code usable")
                .isEqualTo(200);
    }

    @Test
    void anotherGrantTypeIsUnsupported() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(basic(CLIENT, SECRET));
        HttpResponse<String> refused =
                http.post("/oauth/token", query(Map.of("grant_type", "password", "username", "a")), merged(fields));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(refused).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aTokenRequestThatIsNotAFormIsAnInvalidRequest() throws Exception {
        HttpResponse<String> refused =
                http.post("/oauth/token", "{\"grant_type\":\"authorization_code\"}", basic(CLIENT, SECRET));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(refused).path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void aMalformedFormIsReadAsWellAsItGoes() throws Exception {
        HttpResponse<String> page = http.post("/oauth/authorize", "client_id=%zz&&=&link_code", FORM);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("неизвестное приложение");
    }

    @Test
    void aWrongLinkCodeShowsThePageAgainWithWhatWentWrong() throws Exception {
        HttpResponse<String> page = signIn("000000", "st-6");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("не подошёл", "name=\"link_code\"");
    }

    @Test
    void anUnknownClientOrRedirectUriGetsAnErrorPageAndIsSentNowhere() throws Exception {
        HttpResponse<String> otherClient =
                http.get("/oauth/authorize?" + query(Map.of("response_type", "code", "client_id", "evil")), Map.of());
        HttpResponse<String> otherRedirect = http.get(
                "/oauth/authorize?"
                        + query(Map.of(
                                "response_type", "code", "client_id", CLIENT, "redirect_uri", "https://evil.test/cb")),
                Map.of());

        for (HttpResponse<String> refused : List.of(otherClient, otherRedirect)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Location")).isEmpty();
            assertThat(refused.body()).contains("неизвестное приложение").doesNotContain("<form");
        }
    }

    @Test
    void anotherResponseTypeIsSentBackAsUnsupported() throws Exception {
        HttpResponse<String> back = http.get(
                "/oauth/authorize?" + query(Map.of("response_type", "token", "client_id", CLIENT, "state", "st-7")),
                Map.of());

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location"))
                .hasValue(BROKER + "?error=unsupported_response_type&state=st-7");
    }

    @Test
    void aRequestWithoutAResponseTypeIsSentBackAsInvalid() throws Exception {
        HttpResponse<String> back =
                http.get("/oauth/authorize?" + query(Map.of("client_id", CLIENT, "state", "st-8")), Map.of());

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue(BROKER + "?error=invalid_request&state=st-8");
    }

    @Test
    void markupInTheStateIsShownAsText() throws Exception {
        HttpResponse<String> page = http.get(
                "/oauth/authorize?"
                        + query(Map.of(
                                "response_type", "code", "client_id", CLIENT, "state", "\"><script>x()</script>")),
                Map.of());

        assertThat(page.body()).contains("&quot;&gt;&lt;script&gt;").doesNotContain("<script>");
    }

    private static String linkCode(String token) throws Exception {
        return TestHttp.json(http.post("/api/link-codes", "{}", TestHttp.bearer(token)))
                .path("code")
                .asText();
    }

    private static HttpResponse<String> signIn(String linkCode, String state) throws Exception {
        return http.post(
                "/oauth/authorize",
                query(Map.of(
                        "response_type", "code",
                        "client_id", CLIENT,
                        "redirect_uri", BROKER,
                        "state", state,
                        "link_code", linkCode)),
                FORM);
    }

    private static HttpResponse<String> exchange(String code, Map<String, String> credentials) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("redirect_uri", BROKER);
        Map<String, String> headers = new LinkedHashMap<>(FORM);
        credentials.forEach((name, value) -> (name.equals("Authorization") ? headers : fields).put(name, value));
        return http.post("/oauth/token", query(fields), headers);
    }

    private static Map<String, String> basic(String client, String secret) {
        return Map.of(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> merged(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(FORM);
        all.putAll(headers);
        return all;
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static String code(URI location) {
        String query = location.getRawQuery();
        String raw = query.replaceAll(".*(?:^|&)code=([^&]*).*", "$1");
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
