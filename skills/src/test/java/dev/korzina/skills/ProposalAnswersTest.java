package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.RuleBasedNlu;
import dev.korzina.skills.Conversation.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalAnswersTest {

    private static final Option MILK =
            new Option("d-0001", "Молоко Простоквашино пастеризованное 2,5% 930 мл", BigDecimal.ONE);
    private static final Option LOAF = new Option("d-0092", "Батон Нарезной Коломенский 400 г", BigDecimal.ONE);
    private static final Option CHEESE = new Option("d-0063", "Сыр Российский Киприно 50% 200 г", BigDecimal.ONE);
    private static final Option COFFEE = new Option("d-0337", "Кофе молотый Jacobs Monarch 230 г", BigDecimal.ONE);
    private static final List<Option> PROPOSAL = List.of(MILK, LOAF, CHEESE, COFFEE);
    private static final Map<Option, String> ENGLISH = Map.of(
            MILK, "Prostokvashino Pasteurised Milk",
            LOAF, "Kolomensky Sliced White Loaf",
            CHEESE, "Kiprino Rossiysky Cheese",
            COFFEE, "Jacobs Monarch Ground Coffee");

    private static final Nlu NLU = RuleBasedNlu.create();

    private static Optional<List<Option>> answer(String text) {
        return ProposalAnswers.pick(NLU.parse(text, Optional.empty()), PROPOSAL, o -> o.name() + " " + ENGLISH.get(o));
    }

    @Test
    void everythingOrYesTakesTheWholeProposal() {
        assertThat(answer("добавь всё")).contains(PROPOSAL);
        assertThat(answer("да")).contains(PROPOSAL);
        assertThat(answer("add everything")).contains(PROPOSAL);
    }

    @Test
    void theFirstFewTakeTheMostLikely() {
        assertThat(answer("добавь первые три")).contains(List.of(MILK, LOAF, CHEESE));
        assertThat(answer("первые 2")).contains(List.of(MILK, LOAF));
        assertThat(answer("add the first two")).contains(List.of(MILK, LOAF));
    }

    @Test
    void exceptLeavesOutTheNamedProduct() {
        assertThat(answer("кроме сыра")).contains(List.of(MILK, LOAF, COFFEE));
        assertThat(answer("всё без кофе")).contains(List.of(MILK, LOAF, CHEESE));
        assertThat(answer("everything except the cheese")).contains(List.of(MILK, LOAF, COFFEE));
    }

    @Test
    void namedProductsAreTakenInTheProposedOrder() {
        assertThat(answer("добавь кофе и молоко")).contains(List.of(MILK, COFFEE));
        assertThat(answer("add milk and coffee")).contains(List.of(MILK, COFFEE));
    }

    @Test
    void aRequestForSomethingElseIsNoAnswer() {
        assertThat(answer("добавь кефир")).isEmpty();
        assertThat(answer("что в корзине")).isEmpty();
        assertThat(answer("кроме кефира")).isEmpty();
    }
}
