package dev.korzina.assistant.channel.alice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.assistant.channel.ChannelTexts;
import dev.korzina.nlu.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliceRendererTest {

    private final AliceRenderer renderer = new AliceRenderer(new ChannelTexts(AliceWebhook.BUNDLE));

    private static final AliceRequest.Meta SPEAKER =
            new AliceRequest.Meta(Optional.of("ru-RU"), Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void aLongReplyIsCutAtAWordWithinTheLimit() {
        String reply = "Добавила молоко, батон и ещё много всего. ".repeat(40);

        AliceResponse response = renderer.render(Answer.say("add_items", reply), Language.RU, SPEAKER, false);

        assertThat(response.response().text())
                .hasSizeLessThanOrEqualTo(1024)
                .endsWith("…")
                .doesNotContain("  ");
        assertThat(response.response().tts()).hasSizeLessThanOrEqualTo(1024);
    }

    @Test
    void aLongButtonTitleIsCutTo64Characters() {
        Answer answer = new Answer(
                "add_items",
                "Какое именно?",
                "Какое именно?",
                List.of(new Answer.Choice(
                        "Молоко ультрапастеризованное безлактозное питьевое отборное " + "x".repeat(40), "1")),
                false,
                Optional.empty(),
                false);

        AliceResponse response = renderer.render(answer, Language.RU, SPEAKER, false);

        assertThat(response.response().buttons().getFirst().title()).hasSizeLessThanOrEqualTo(64);
        assertThat(response.response().buttons().getFirst().payload()).containsEntry("text", "1");
    }

    @Test
    void anAnonymousUserGetsNoUserStateButTheApplicationKeepsTheLanguage() {
        AliceResponse response = renderer.render(Answer.say("help", "Hello"), Language.EN, SPEAKER, false);

        assertThat(response.userStateUpdate()).isEmpty();
        assertThat(response.applicationState()).contains(java.util.Map.of("lang", "en"));
        assertThat(response.sessionState()).contains(java.util.Map.of("lang", "en"));
    }
}
