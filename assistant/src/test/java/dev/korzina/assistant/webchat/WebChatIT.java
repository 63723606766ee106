package dev.korzina.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The web chat page in a real headless Chromium, against a started server with the demo catalog. */
class WebChatIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        application = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT);
        http = new TestHttp(application.baseUri());
        browser = HeadlessChromium.start(dataDir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        application.close();
    }

    /** Every test is a new browser identity with its own empty cart, its socket connected. */
    @BeforeEach
    void openAFreshChat() {
        browser.get(application.baseUri() + "chat");
        script("localStorage.clear()");
        browser.navigate().refresh();
        await().atMost(PATIENCE)
                .until(() -> "live".equals(browser.findElement(By.id("status")).getDomAttribute("data-state")));
    }

    @Test
    void milkTypedInRussianAppearsAsACartLine() {
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("ru");

        type("добавь молоко");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cartNames()).anyMatch(name -> name.contains("Молоко")));
        assertThat(browser.findElement(By.cssSelector(".message.assistant:last-child .text"))
                        .getText())
                .startsWith("Добавила");
        assertThat(browser.findElement(By.id("cart-total")).getText()).contains("₽");
    }

    @Test
    void aChoiceButtonPicksTheProductAndUndoTakesItBack() {
        type("добавь масло");
        await().atMost(PATIENCE).until(() -> choices().size() == 2);

        choices().get(1).click();
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(cartNames()).singleElement().asString().startsWith("Масло подсолнечное"));

        browser.findElement(By.id("undo")).click();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cartNames()).isEmpty());
        assertThat(browser.findElement(By.id("cart-empty")).isDisplayed()).isTrue();
    }

    @Test
    void aFamilyMembersChangeThroughTheCartApiAppearsWithoutReload() throws Exception {
        browser.findElement(By.cssSelector(".link summary")).click();
        browser.findElement(By.id("show-code")).click();
        String code = await().atMost(PATIENCE)
                .until(() -> browser.findElement(By.id("code")).getDomAttribute("data-code"), c -> c != null);
        String member = http.session("telegram", UUID.randomUUID().toString());
        http.post("/api/link-codes/redeem", "{\"code\":\"" + code + "\"}", TestHttp.bearer(member));

        http.post(
                "/api/carts/" + pageCartId() + "/lines",
                "{\"product_id\":\"" + productId("кефир") + "\",\"quantity\":2}",
                TestHttp.bearer(member));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cartNames()).anyMatch(name -> name.contains("Кефир")));
    }

    @Test
    void aCodeEnteredOnThePageJoinsAnotherHouseholdsCart() throws Exception {
        JsonNode member = TestHttp.json(http.post(
                "/api/sessions", "{\"channel\":\"alice\",\"external_id\":\"" + UUID.randomUUID() + "\"}", Map.of()));
        Map<String, String> auth = TestHttp.bearer(member.path("token").asText());
        String memberCart = member.path("cart_id").asText();
        http.post(
                "/api/carts/" + memberCart + "/lines",
                "{\"product_id\":\"" + productId("батон") + "\",\"quantity\":1}",
                auth);
        String code = TestHttp.json(http.post("/api/link-codes", "{}", auth))
                .path("code")
                .asText();

        browser.findElement(By.cssSelector(".link summary")).click();
        browser.findElement(By.id("code-input")).sendKeys(code, Keys.ENTER);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(pageCartId()).isEqualTo(memberCart));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cartNames()).anyMatch(name -> name.contains("Батон")));
    }

    @Test
    void anEnglishBrowserIsServedTheEnglishPage() throws Exception {
        HttpResponse<String> page = http.get("/chat", Map.of("Accept-Language", "en-GB,en;q=0.9"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\">", "Send").doesNotContain("{{");
    }

    private void type(String text) {
        browser.findElement(By.id("text")).sendKeys(text, Keys.ENTER);
    }

    private List<WebElement> choices() {
        return browser.findElements(By.cssSelector("#buttons button"));
    }

    /** The product names in the cart table, read in one step so that a re-render cannot interleave. */
    @SuppressWarnings("unchecked")
    private List<String> cartNames() {
        return (List<String>) script(
                "return Array.from(document.querySelectorAll('#cart-lines tbody th'), cell => cell.textContent)");
    }

    private String pageCartId() {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-cart-id");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static String productId(String query) throws Exception {
        return TestHttp.json(http.get(
                        "/api/catalog/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=1",
                        Map.of()))
                .path("results")
                .get(0)
                .path("id")
                .asText();
    }
}
