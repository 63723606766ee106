package dev.korzina.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBasedNluTest {

    private static final Nlu NLU = RuleBasedNlu.create(List.of("Майонез Провансаль Махеевъ 50,5% 380 г"));

    private static Intent parse(String text) {
        return NLU.parse(text).intent();
    }

    private static Item item(String product, String quantity, Unit unit) {
        return new Item(product, new BigDecimal(quantity), unit);
    }

    @Test
    void answersTheContractExample() {
        assertThat(parse("добавь 2 литра молока и хлеб"))
                .isEqualTo(new Intent.AddItems(List.of(item("молоко", "2", Unit.L), Item.of("хлеб"))));
    }

    @Test
    void keepsSixProductsApartWithoutCommas() {
        assertThat(parse("добавь кока колу селедку под шубой чай батон нарезной чупа чупс и майонез провансаль")
                        .items())
                .extracting(Item::product)
                .containsExactly(
                        "кока кола", "селедка под шубой", "чай", "батон нарезной", "чупа чупс", "майонез провансаль");
    }

    @Test
    void splitsAnEnglishListWithoutCommas() {
        assertThat(parse("milk eggs and two loaves of bread").items())
                .containsExactly(Item.of("milk"), Item.of("egg"), item("bread", "2", Unit.PCS));
    }

    @Test
    void aCatalogNameWithAndDoesNotGlueTwoItems() {
        Nlu withCatalog = RuleBasedNlu.create(List.of("Milk and Honey Granola", "Bread with Seeds", "Whole Milk"));

        assertThat(withCatalog
                        .parse("add milk and two loaves of bread", Optional.empty())
                        .intent()
                        .items())
                .containsExactly(Item.of("milk"), item("bread", "2", Unit.PCS));
    }

    @Test
    void aShortQuestionEndingWithEstIsASearch() {
        assertThat(parse("а творог есть?")).isEqualTo(new Intent.SearchProduct(List.of(Item.of("творог"))));
    }

    @Test
    void dropsTimeAndErrandWords() {
        assertThat(parse("на завтра надо заехать в магазин и купить хлеба").items())
                .containsExactly(Item.of("хлеб"));
    }

    @Test
    void takesASizeAsTheQuantityWhenItIsTheOnlyAmount() {
        assertThat(parse("масло 200 грамм").items()).containsExactly(item("масло", "200", Unit.G));
    }

    @Test
    void addsTwoPacksFromSpokenNumber() {
        assertThat(parse("две пачки масла").items()).containsExactly(item("масло", "2", Unit.PACK));
    }

    @Test
    void readsHalfAKiloAsOneWord() {
        assertThat(parse("полкило сыра").items()).containsExactly(item("сыр", "0.5", Unit.KG));
    }

    @Test
    void readsAPairAsTwo() {
        assertThat(parse("пару бананов").items()).containsExactly(item("банан", "2", Unit.PCS));
    }

    @Test
    void readsOneAndAHalfLitres() {
        assertThat(parse("полтора литра колы").items()).containsExactly(item("кола", "1.5", Unit.L));
    }

    @Test
    void readsADozenEggs() {
        assertThat(parse("a dozen eggs").items()).containsExactly(item("egg", "12", Unit.PCS));
    }

    @Test
    void readsHalfAKiloInEnglish() {
        assertThat(parse("half a kilo of cheese").items()).containsExactly(item("cheese", "0.5", Unit.KG));
    }

    @Test
    void readsAnAmountSaidUnitFirst() {
        assertThat(parse("возьми грамм двести сыра").items()).containsExactly(item("сыр", "200", Unit.G));
    }

    @Test
    void appliesAnAmountForEachToEveryItem() {
        assertThat(parse("огурцов и помидоров по килограмму").items())
                .containsExactly(item("огурец", "1", Unit.KG), item("помидор", "1", Unit.KG));
    }

    @Test
    void treatsAPurchaseInThePastAsAlreadyBought() {
        assertThat(parse("молоко купил")).isEqualTo(new Intent.RemoveItems(List.of(Item.of("молоко"))));
    }

    @Test
    void treatsGotTheMilkAsAlreadyBought() {
        assertThat(parse("got the milk")).isEqualTo(new Intent.RemoveItems(List.of(Item.of("milk"))));
    }

    @Test
    void followsTheFirstActionOfACompoundCommand() {
        assertThat(parse("плюс мандарины минус бананы")).isEqualTo(new Intent.AddItems(List.of(Item.of("мандарин"))));
    }

    @Test
    void removesWithMinusFirst() {
        assertThat(parse("минус бананы плюс мандарины")).isEqualTo(new Intent.RemoveItems(List.of(Item.of("банан"))));
    }

    @Test
    void findsTheOrderNumber() {
        assertThat(parse("где заказ 1042")).isEqualTo(new Intent.OrderStatus(Optional.of("1042")));
    }

    @Test
    void asksWhereTheOrderIsWithoutANumber() {
        assertThat(parse("когда привезут")).isEqualTo(new Intent.OrderStatus(Optional.empty()));
    }

    @Test
    void repeatsTheLastOrder() {
        assertThat(parse("закажи как в прошлый раз")).isInstanceOf(Intent.RepeatOrder.class);
    }

    @Test
    void repeatsANamedOrder() {
        assertThat(parse("повтори заказ 5531")).isEqualTo(new Intent.RepeatOrder(Optional.of("5531")));
    }

    @Test
    void asksForTheWeeklyBasket() {
        assertThat(parse("что купить на неделю")).isInstanceOf(Intent.Replenish.class);
    }

    @Test
    void readsTheCart() {
        assertThat(parse("что у меня в корзине")).isInstanceOf(Intent.ShowCart.class);
    }

    @Test
    void emptiesTheCart() {
        assertThat(parse("очисти корзину")).isInstanceOf(Intent.ClearCart.class);
    }

    @Test
    void checksOut() {
        assertThat(parse("оформи заказ")).isInstanceOf(Intent.Checkout.class);
    }

    @Test
    void undoesTheLastChange() {
        assertThat(parse("отмени последнее")).isInstanceOf(Intent.Undo.class);
    }

    @Test
    void confirmsWithYes() {
        assertThat(parse("да давай")).isInstanceOf(Intent.Confirm.class);
    }

    @Test
    void deniesWithNo() {
        assertThat(parse("нет не надо")).isInstanceOf(Intent.Deny.class);
    }

    @Test
    void stopsOnEnough() {
        assertThat(parse("хватит")).isInstanceOf(Intent.Stop.class);
    }

    @Test
    void explainsWhatItCanDo() {
        assertThat(parse("что ты умеешь")).isInstanceOf(Intent.Help.class);
    }

    @Test
    void searchesForAProductWithItsAttribute() {
        assertThat(parse("есть ли безлактозное молоко"))
                .isEqualTo(new Intent.SearchProduct(List.of(Item.of("безлактозное молоко"))));
    }

    @Test
    void setsAQuantityNamedAfterTheProduct() {
        assertThat(parse("сделай молока три"))
                .isEqualTo(new Intent.SetQuantity(List.of(item("молоко", "3", Unit.PCS))));
    }

    @Test
    void keepsOnlyTheCorrectedAmount() {
        assertThat(parse("не два батона а один")).isEqualTo(new Intent.SetQuantity(List.of(Item.of("батон"))));
    }

    @Test
    void changesEnglishQuantity() {
        assertThat(parse("change the eggs to 18"))
                .isEqualTo(new Intent.SetQuantity(List.of(item("egg", "18", Unit.PCS))));
    }

    @Test
    void correctsAMisspeltProduct() {
        assertThat(parse("добавь малоко").items()).containsExactly(Item.of("молоко"));
    }

    @Test
    void correctsAMisspeltCommand() {
        assertThat(parse("дабавь хлеб")).isEqualTo(new Intent.AddItems(List.of(Item.of("хлеб"))));
    }

    @Test
    void writesProductsInDictionaryFormWithAgreeingAdjectives() {
        assertThat(parse("купи туалетную бумагу и сливочное масло").items())
                .extracting(Item::product)
                .containsExactly("туалетная бумага", "сливочное масло");
    }

    @Test
    void keepsAFatPercentageWithTheProduct() {
        assertThat(parse("купи молоко 2,5% и кефир 1%").items())
                .extracting(Item::product)
                .containsExactly("молоко 2,5%", "кефир 1%");
    }

    @Test
    void keepsAnAmountAfterACommaWithItsProduct() {
        assertThat(parse("нужны яйца, 20 штук").items()).containsExactly(item("яйцо", "20", Unit.PCS));
    }

    @Test
    void takesABareListOfProductsAsAnAddition() {
        assertThat(parse("молоко и хлеб")).isEqualTo(new Intent.AddItems(List.of(Item.of("молоко"), Item.of("хлеб"))));
    }

    @Test
    void keepsCatalogProductNamesTogether() {
        assertThat(parse("добавь майонез провансаль хлеб").items())
                .extracting(Item::product)
                .containsExactly("майонез провансаль", "хлеб");
    }

    @Test
    void leavesSmartHomeCommandsAlone() {
        assertThat(parse("включи свет на кухне")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void leavesAnAlarmAloneEvenWithAnAddVerb() {
        assertThat(parse("добавь будильник на семь")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void leavesTheWeatherAlone() {
        assertThat(parse("what's the weather tomorrow")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void leavesASmartHomeQuestionWithAProductWordAlone() {
        assertThat(parse("вода холодная?")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void leavesASensorQuestionAlone() {
        assertThat(parse("есть ли активированный сенсор дыма?")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void detectsEnglishWithoutALanguageHint() {
        assertThat(NLU.parse("add peanut butter and orange juice").language()).isEqualTo(Language.EN);
    }

    @Test
    void usesTheGivenLanguage() {
        assertThat(NLU.parse("молоко", Optional.of(Language.RU)).language()).isEqualTo(Language.RU);
    }

    @Test
    void keepsEnglishCompoundsTogether() {
        assertThat(parse("add vanilla ice cream and smoked salmon").items())
                .extracting(Item::product)
                .containsExactly("vanilla ice cream", "smoked salmon");
    }

    @Test
    void answersSomethingForEmptyText() {
        assertThat(parse("")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void countsTheCartAsAQuestionAboutIt() {
        assertThat(parse("сколько у меня товаров в корзине")).isInstanceOf(Intent.ShowCart.class);
    }

    @Test
    void asksAboutTheDelivery() {
        assertThat(parse("а что там с доставкой")).isInstanceOf(Intent.OrderStatus.class);
    }

    @Test
    void doesNotAddCancellingAnOrderToTheCart() {
        assertThat(parse("cancel my order")).isInstanceOf(Intent.OutOfScope.class);
    }

    @Test
    void neverAddsNothing() {
        assertThat(parse("добавь ноль литров молока").items())
                .allSatisfy(item -> assertThat(item.quantity()).isPositive());
    }
}
