package dev.korzina.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.nlu.Language;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** How the chat page picks its language, and that its texts exist in both. */
class ChatPageTest {

    @Test
    void anEnglishBrowserGetsEnglish() {
        assertThat(ChatPage.preferred("en-US,en;q=0.9")).contains(Language.EN);
    }

    @Test
    void russianFirstWinsOverEnglishSecond() {
        assertThat(ChatPage.preferred("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).contains(Language.RU);
    }

    @Test
    void aBrowserWantingNeitherGetsNoPreference() {
        assertThat(ChatPage.preferred("de-DE,de;q=0.9,fr;q=0.5")).isEmpty();
    }

    @Test
    void aMalformedHeaderGetsNoPreference() {
        assertThat(ChatPage.preferred("en;q=lots")).isEmpty();
    }

    @Test
    void everyTextExistsInRussianAndEnglish() {
        ResourceBundle english = bundle(Language.EN);
        ResourceBundle russian = bundle(Language.RU);

        assertThat(russian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(russian.getString("chat.send")).isEqualTo("Отправить");
        assertThat(english.getString("chat.send")).isEqualTo("Send");
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                ChatPage.BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
