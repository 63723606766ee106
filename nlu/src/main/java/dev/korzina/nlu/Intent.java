package dev.korzina.nlu;

import java.util.List;
import java.util.Optional;

/** What the user wants, one of the contract's intents. A {@code switch} over it needs no default. */
public sealed interface Intent {

    /** The contract's name of the intent ({@code "add_items"}). */
    String name();

    /** The items the intent acts on; empty for intents without items. */
    default List<Item> items() {
        return List.of();
    }

    /** The order number the user named, if any. */
    default Optional<String> orderRef() {
        return Optional.empty();
    }

    /**
     * Put products into the cart ("добавь молоко и два батона").
     *
     * @param items the products, at least one
     */
    record AddItems(List<Item> items) implements Intent {
        /** Copies the items. */
        public AddItems {
            items = List.copyOf(items);
        }

        @Override
        public String name() {
            return "add_items";
        }
    }

    /**
     * Take products out of the cart, or mark them bought ("убери хлеб", "молоко купил").
     *
     * @param items the products
     */
    record RemoveItems(List<Item> items) implements Intent {
        /** Copies the items. */
        public RemoveItems {
            items = List.copyOf(items);
        }

        @Override
        public String name() {
            return "remove_items";
        }
    }

    /**
     * Set how much of a product the cart holds ("сделай молока три").
     *
     * @param items the products with their new quantities
     */
    record SetQuantity(List<Item> items) implements Intent {
        /** Copies the items. */
        public SetQuantity {
            items = List.copyOf(items);
        }

        @Override
        public String name() {
            return "set_quantity";
        }
    }

    /**
     * Ask whether the store has a product or what it costs ("есть ли безлактозное молоко").
     *
     * @param items the products asked about
     */
    record SearchProduct(List<Item> items) implements Intent {
        /** Copies the items. */
        public SearchProduct {
            items = List.copyOf(items);
        }

        @Override
        public String name() {
            return "search_product";
        }
    }

    /**
     * Ask where an order is ("где мой заказ", "where is order 1042").
     *
     * @param orderRef the order number, when the user named one
     */
    record OrderStatus(Optional<String> orderRef) implements Intent {
        @Override
        public String name() {
            return "order_status";
        }
    }

    /**
     * Order again what was ordered before ("закажи как в прошлый раз", "повтори заказ 5531").
     *
     * @param orderRef the order to repeat, when the user named one
     */
    record RepeatOrder(Optional<String> orderRef) implements Intent {
        @Override
        public String name() {
            return "repeat_order";
        }
    }

    /** Read out the cart ("что у меня в корзине"). */
    record ShowCart() implements Intent {
        @Override
        public String name() {
            return "show_cart";
        }
    }

    /** Empty the whole cart ("очисти корзину"). */
    record ClearCart() implements Intent {
        @Override
        public String name() {
            return "clear_cart";
        }
    }

    /** Turn the cart into an order ("оформи заказ"). */
    record Checkout() implements Intent {
        @Override
        public String name() {
            return "checkout";
        }
    }

    /** Suggest what to buy from purchase history ("что купить на неделю"). */
    record Replenish() implements Intent {
        @Override
        public String name() {
            return "replenish";
        }
    }

    /** Revert the last change ("отмени последнее"). */
    record Undo() implements Intent {
        @Override
        public String name() {
            return "undo";
        }
    }

    /** Yes to the last question ("да", "давай"). */
    record Confirm() implements Intent {
        @Override
        public String name() {
            return "confirm";
        }
    }

    /** No to the last question ("нет", "не надо"). */
    record Deny() implements Intent {
        @Override
        public String name() {
            return "deny";
        }
    }

    /** Ask what the assistant can do ("что ты умеешь"). */
    record Help() implements Intent {
        @Override
        public String name() {
            return "help";
        }
    }

    /** End the conversation ("хватит", "выход"). */
    record Stop() implements Intent {
        @Override
        public String name() {
            return "stop";
        }
    }

    /** Not a shopping request (smart home, weather, chit-chat). */
    record OutOfScope() implements Intent {
        @Override
        public String name() {
            return "out_of_scope";
        }
    }
}
