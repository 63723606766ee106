package dev.korzina.assistant.webchat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from the Debian packages ({@code chromium}, {@code chromium-driver}) at phone width, with
 * Russian as the browser's language. The driver and browser are given by path, so Selenium Manager never looks for
 * (or downloads) either.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /**
     * Starts a browser.
     *
     * @param profile a new, empty directory for the browser's profile
     * @return the driver; quit it when done
     * @throws IllegalStateException when Chromium or its driver is not installed, saying how to install them
     */
    static WebDriver start(Path profile) {
        for (Path needed : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the web chat tests drive a real Chromium."
                        + " Install it with `apt-get install -y chromium chromium-driver` (as root;"
                        + " bin/test does this by itself when it can).");
            }
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--lang=ru",
                        "--window-size=412,915",
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
