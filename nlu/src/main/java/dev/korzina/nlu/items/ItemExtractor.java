package dev.korzina.nlu.items;

import dev.korzina.nlu.Item;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Unit;
import dev.korzina.nlu.Vocabulary;
import dev.korzina.nlu.morph.Analysis;
import dev.korzina.nlu.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the items of an utterance: drops filler words and phrases, splits at separators ("и", "and", commas),
 * keeps known multi-word products together, then splits the rest into noun phrases with their amounts.
 */
public final class ItemExtractor {

    /** Which part of a compound command ("плюс A минус B", "add A and remove B") to read. */
    public enum Side {
        /** The parts after an add marker and those before any marker. */
        ADD,
        /** The parts after a remove marker and those before any marker. */
        REMOVE,
        /** Every part. */
        ANY
    }

    private static final Set<String> PURCHASE_VERBS = Set.of("купить", "взять", "приобрести", "докупить", "прикупить");
    private static final Set<String> PAST_PURCHASE_FORMS = Set.of("bought", "got", "picked", "purchased", "grabbed");
    private static final Set<String> ADD_MARKERS = Set.of("плюс", "добавь", "добавить", "купи", "add", "plus", "buy");
    private static final Set<String> REMOVE_MARKERS =
            Set.of("минус", "убери", "удали", "вычеркни", "remove", "delete", "minus");
    private static final Pattern RUSSIAN_ADJECTIVE_ENDING =
            Pattern.compile(".{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ых|их)");

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final AmountReader amounts;
    private final ProductWriter writer;

    /**
     * Creates the extractor of one language.
     *
     * @param lexicon what is known about the language
     * @param vocabulary multi-word products beyond the built-in ones (e.g. from the store's catalog)
     */
    ItemExtractor(Lexicon lexicon, Vocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = lexicon.phrases().and(vocabulary);
        this.amounts = new AmountReader(lexicon);
        this.writer = new ProductWriter(lexicon);
    }

    /**
     * The token as the intent cues expect it: a misspelt command word the dictionary does not know is replaced by
     * the command ("дабавь" → "добавь").
     *
     * @param token a token
     * @return its text, corrected when it is a misspelt command
     */
    public String canonical(Token token) {
        if (!token.isWord() || !lexicon.morphology().analyze(token.text()).isEmpty()) {
            return token.text();
        }
        return misspeltCommand(token.text()).orElse(token.text());
    }

    private Optional<String> misspeltCommand(String word) {
        if (word.length() < 3
                || lexicon.numbers().containsKey(word)
                || lexicon.units().containsKey(word)) {
            return Optional.empty();
        }
        return lexicon.commands().stream()
                .filter(c -> Math.abs(c.length() - word.length()) <= 1 && Groceries.withinOneEdit(c, word))
                .findFirst();
    }

    /**
     * Whether the utterance says something was already bought ("молоко купил", "I already got the eggs").
     *
     * @param tokens the utterance's tokens
     * @return true when a past form of a buying verb is in it
     */
    public boolean saysBought(List<Token> tokens) {
        return words(tokens).stream()
                .anyMatch(w -> PAST_PURCHASE_FORMS.contains(w.normalized())
                        || w.any(r -> r.isPastVerb() && PURCHASE_VERBS.contains(r.lemma())));
    }

    /**
     * Whether an item could be something a store sells: it has a grocery word, a known multi-word product, or a word
     * no dictionary knows (a brand). "сенсор дыма" or "water sensor" could not.
     *
     * @param item an item read from an utterance
     * @return true when the item is plausibly a product
     */
    public boolean isPlausibleProduct(Item item) {
        List<String> words = List.of(item.product().split("[\\s-]+"));
        if (words.size() > 1 && vocabulary.find(words).isPresent()) {
            return true;
        }
        return words.stream()
                .anyMatch(w -> lexicon.groceries().contains(w)
                        || vocabulary.isProductWord(w)
                        || (w.chars().allMatch(Character::isLetter)
                                && lexicon.morphology().analyze(w).isEmpty()));
    }

    /**
     * Reads the items of an utterance.
     *
     * @param tokens the utterance's tokens
     * @param side which part of a compound command to read
     * @param correcting whether "не два а три" style corrections keep only the corrected amount
     * @return the items in the order said
     */
    public List<Item> extract(List<Token> tokens, Side side, boolean correcting) {
        List<Word> words = words(tokens);
        boolean[] dropped = dropFillerPhrases(words);
        if (correcting) {
            dropCorrectedAmounts(words, dropped);
        }
        Optional<Amount> each = eachAmount(words, dropped);
        List<Item> items = new ArrayList<>();
        Chunk previous = null;
        for (List<Word> segment : segments(words, dropped, side)) {
            for (Chunk chunk : chunks(segment)) {
                if (!chunk.hasHead() && chunk.before.isEmpty() && chunk.amount.isPresent()) {
                    // "яйца, 20 штук": an amount on its own belongs to the item before it
                    if (previous != null && previous.amount.isEmpty() && !items.isEmpty()) {
                        Item last = items.removeLast();
                        Amount amount = chunk.amount.get();
                        items.add(new Item(last.product(), amount.quantity(), amount.unit()));
                        previous.amount = chunk.amount;
                    }
                    continue;
                }
                String product = writer.write(chunk);
                if (!product.isBlank()) {
                    Amount amount = chunk.amount.or(() -> each).orElse(new Amount(BigDecimal.ONE, Unit.PCS));
                    items.add(new Item(product, amount.quantity(), amount.unit()));
                    previous = chunk;
                }
            }
        }
        return items;
    }

    /**
     * Looks every token up in the dictionary.
     *
     * @param tokens the tokens
     * @return the words
     */
    List<Word> words(List<Token> tokens) {
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            List<Analysis> readings = token.isWord() ? lexicon.morphology().analyze(token.text()) : List.of();
            Optional<String> correction = token.isWord() && readings.isEmpty() && !isAmountWord(token.text())
                    ? lexicon.groceries().correct(token.text())
                    : Optional.empty();
            words.add(new Word(token, readings, correction));
        }
        return words;
    }

    private boolean isAmountWord(String text) {
        return lexicon.numbers().containsKey(text) || lexicon.units().containsKey(text);
    }

    private boolean[] dropFillerPhrases(List<Word> words) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(words.get(i).normalized());
        }
        boolean[] dropped = new boolean[words.size()];
        for (Pattern phrase : lexicon.fillerPhrases()) {
            Matcher matcher = phrase.matcher(text);
            while (matcher.find()) {
                for (int i = 0; i < words.size(); i++) {
                    if (starts[i] >= matcher.start() && starts[i] < matcher.end()) {
                        dropped[i] = true;
                    }
                }
            }
        }
        return dropped;
    }

    /** "не два батона а один": the amount after "не" is the one being corrected, so it is dropped. */
    private void dropCorrectedAmounts(List<Word> words, boolean[] dropped) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).normalized().equals("не")
                    && !words.get(i).normalized().equals("not")) {
                continue;
            }
            Optional<AmountReader.Read> corrected = amounts.read(words, i + 1);
            if (corrected.isPresent()) {
                for (int j = i; j < corrected.get().end(); j++) {
                    dropped[j] = true;
                }
            }
        }
    }

    /** "огурцов и помидоров по килограмму": an amount that applies to each item without its own. */
    private Optional<Amount> eachAmount(List<Word> words, boolean[] dropped) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).normalized().equals("по")
                    && !words.get(i).normalized().equals("each")) {
                continue;
            }
            Optional<AmountReader.Read> amount = amounts.read(words, i + 1);
            if (amount.isPresent() && amount.get().hasUnit()) {
                for (int j = i; j < amount.get().end(); j++) {
                    dropped[j] = true;
                }
                return Optional.of(amount.get().amount());
            }
        }
        return Optional.empty();
    }

    private List<List<Word>> segments(List<Word> words, boolean[] dropped, Side side) {
        List<List<Word>> segments = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Side currentSide = Side.ANY;
        boolean segmentStart = true;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            int phrase = phrase(words, i).map(p -> p.length).orElse(0);
            if (phrase > 0 && !dropped[i]) {
                current.addAll(words.subList(i, i + phrase));
                i += phrase - 1;
                segmentStart = false;
                continue;
            }
            if (segmentStart && !dropped[i]) {
                Side marked = marker(word);
                if (marked != Side.ANY) {
                    currentSide = marked;
                }
            }
            if (dropped[i]) {
                continue;
            }
            if (isSeparator(words, i)) {
                add(segments, current, currentSide, side);
                current = new ArrayList<>();
                Side marked = marker(word);
                currentSide = marked == Side.ANY ? currentSide : marked;
                segmentStart = true;
                continue;
            }
            if (!isFiller(words, i)) {
                current.add(word);
                segmentStart = false;
            }
        }
        add(segments, current, currentSide, side);
        return segments;
    }

    private Side marker(Word word) {
        String text = word.normalized();
        if (ADD_MARKERS.contains(text) || text.equals(lexicon.addMarker())) {
            return Side.ADD;
        }
        if (REMOVE_MARKERS.contains(text) || text.equals(lexicon.removeMarker())) {
            return Side.REMOVE;
        }
        return Side.ANY;
    }

    private static void add(List<List<Word>> segments, List<Word> segment, Side segmentSide, Side wanted) {
        if (!segment.isEmpty() && (wanted == Side.ANY || segmentSide == Side.ANY || segmentSide == wanted)) {
            segments.add(segment);
        }
    }

    private boolean isSeparator(List<Word> words, int i) {
        Word word = words.get(i);
        if (word.token().kind() == Token.Kind.SEPARATOR) {
            return true;
        }
        if (!lexicon.separators().contains(word.normalized())) {
            return false;
        }
        // "two and a half kilos" keeps its "and"
        return !(word.normalized().equals("and")
                && i + 2 < words.size()
                && words.get(i + 1).normalized().equals("a")
                && words.get(i + 2).normalized().equals("half"));
    }

    /** A known multi-word product starting at a word: its length and how it is written. */
    private record PhraseMatch(int length, String written) {}

    private Optional<PhraseMatch> phrase(List<Word> words, int start) {
        int longest = Math.min(vocabulary.longestPhrase(), words.size() - start);
        for (int length = longest; length >= 2; length--) {
            Optional<String> written = findPhrase(words.subList(start, start + length), 0, new ArrayList<>());
            if (written.isPresent()) {
                return Optional.of(new PhraseMatch(length, written.get()));
            }
        }
        return Optional.empty();
    }

    /** Tries each word as said, in dictionary form and, for words no dictionary knows, without its ending. */
    private Optional<String> findPhrase(List<Word> words, int index, List<String> chosen) {
        if (index == words.size()) {
            return vocabulary.find(chosen);
        }
        for (String form : forms(words.get(index))) {
            chosen.add(form);
            Optional<String> found = findPhrase(words, index + 1, chosen);
            chosen.removeLast();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<String> forms(Word word) {
        String said = word.normalized();
        if (!word.token().isWord()) {
            return List.of(said);
        }
        if (word.isKnown()) {
            String lemma = word.lemma(lexicon.groceries());
            return lemma.equals(said) ? List.of(said) : List.of(said, lemma);
        }
        return said.length() > 4
                ? List.of(said, said.substring(0, said.length() - 1), said.substring(0, said.length() - 2))
                : List.of(said);
    }

    private boolean isFiller(List<Word> words, int i) {
        Word word = words.get(i);
        if (!word.token().isWord() || isAmountWord(word.normalized())) {
            return false;
        }
        if (lexicon.fillers().contains(word.normalized())) {
            return true;
        }
        if (word.correction().isPresent()) {
            return false;
        }
        if (word.readings().isEmpty()) {
            return misspeltCommand(word.normalized()).isPresent();
        }
        if (lexicon.language() == Language.RU
                && word.any(
                        r -> r.isVerb() && (r.tag().contains(":IMP") || r.tag().contains(":INF")))
                && !lexicon.groceries().contains(word.lemma(lexicon.groceries()))) {
            return true;
        }
        if (lexicon.language() == Language.EN
                && word.any(r -> r.tag().equals("VBN"))
                && i + 1 < words.size()
                && isNominal(words.get(i + 1))) {
            return false;
        }
        return word.all(r -> r.isVerb() || isFunctionWord(r));
    }

    private static boolean isFunctionWord(Analysis reading) {
        String tag = reading.tag();
        return tag.startsWith("PNN")
                || tag.startsWith("PARTICLE")
                || tag.startsWith("CONJ")
                || tag.startsWith("INTERJECTION")
                || tag.startsWith("ADV")
                || tag.startsWith("PRDC")
                || tag.startsWith("ADJ:MPR")
                || tag.startsWith("DPT")
                || tag.startsWith("PRP")
                || tag.startsWith("DT")
                || tag.startsWith("RB")
                || tag.startsWith("MD")
                || tag.equals("TO")
                || tag.equals("CC")
                || tag.equals("UH")
                || tag.startsWith("W")
                || tag.equals("EX");
    }

    private List<Chunk> chunks(List<Word> segment) {
        List<Chunk> chunks = new ArrayList<>();
        Chunk current = new Chunk();
        int i = 0;
        while (i < segment.size()) {
            Optional<PhraseMatch> phrase = phrase(segment, i);
            if (phrase.isPresent()) {
                if (modifiesPhrase(current)) {
                    current.before.addAll(current.head);
                    current.head.clear();
                } else if (current.hasHead()) {
                    chunks.add(current.takeAll());
                }
                current.head.addAll(segment.subList(i, i + phrase.get().length()));
                current.phrase = Optional.of(phrase.get().written());
                i += phrase.get().length();
                continue;
            }
            Optional<AmountReader.Read> amount = amounts.read(segment, i);
            if (amount.isPresent()) {
                placeAmount(chunks, current, amount.get(), segment);
                i = amount.get().end();
                continue;
            }
            i = placeWord(chunks, current, segment, i);
        }
        if (!current.isEmpty() || current.amount.isPresent()) {
            chunks.add(current);
        }
        return chunks;
    }

    private void placeAmount(List<Chunk> chunks, Chunk current, AmountReader.Read read, List<Word> segment) {
        Optional<Word> next = read.end() < segment.size() ? Optional.of(segment.get(read.end())) : Optional.empty();
        boolean nominalNext = next.filter(this::isNominal).isPresent();
        boolean before = nominalNext && (!current.hasHead() || read.of() || startsNewItem(read, next.get()));
        if (!before && current.hasHead() && current.amount.isEmpty()) {
            current.amount = Optional.of(read.amount());
            return;
        }
        if (current.hasHead() || current.amount.isPresent()) {
            chunks.add(current.takeAll());
        }
        current.amount = Optional.of(read.amount());
        current.amountBefore = true;
    }

    /** After a noun, an amount begins the next item when the word after it takes the amount's case. */
    private boolean startsNewItem(AmountReader.Read read, Word next) {
        if (lexicon.language() == Language.EN) {
            return !read.hasUnit();
        }
        return next.any(
                r -> (r.isNoun() || r.isAdjective()) && r.grammaticalCase().equals("R"));
    }

    private boolean isNominal(Word word) {
        if (word.token().kind() == Token.Kind.PERCENT) {
            return true;
        }
        return word.token().isWord() && (word.isNoun() || !word.isKnown() || word.any(Analysis::isFullAdjective));
    }

    /** Places one word into the current item, or ends it and starts the next; returns the next index. */
    private int placeWord(List<Chunk> chunks, Chunk current, List<Word> segment, int i) {
        Word word = segment.get(i);
        Optional<Word> next = i + 1 < segment.size() ? Optional.of(segment.get(i + 1)) : Optional.empty();
        if (word.token().kind() != Token.Kind.WORD) {
            (current.hasHead() ? current.after : current.before).add(word);
            if (next.filter(w -> w.hasLemma("процент")).isPresent()) {
                (current.hasHead() ? current.after : current.before).add(next.get());
                return i + 2;
            }
            return i + 1;
        }
        if (word.any(Analysis::isPreposition) && !word.isNoun()) {
            return preposition(current, segment, i);
        }
        if (modifiesNext(word, next)) {
            if (current.hasHead()) {
                chunks.add(current.takeAll());
            }
            current.before.add(word);
            return i + 1;
        }
        if (word.isNoun() || !word.isKnown()) {
            if (!current.hasHead()) {
                current.head.add(word);
            } else if (!word.isKnown() || continuesHead(current, word)) {
                (word.isKnown() ? current.head : current.after).add(word);
            } else {
                chunks.add(current.takeAll());
                current.head.add(word);
            }
            return i + 1;
        }
        if (word.any(Analysis::isAdjective)) {
            (current.hasHead() ? current.after : current.before).add(word);
        }
        return i + 1;
    }

    /** In English a noun that is no product on its own modifies the known product after it ("vanilla ice cream"). */
    private boolean modifiesPhrase(Chunk current) {
        return lexicon.language() == Language.EN
                && current.phrase.isEmpty()
                && current.head.size() == 1
                && current.after.isEmpty()
                && !lexicon.groceries().contains(current.head.getFirst().lemma(lexicon.groceries()));
    }

    /** An adjective (or a word no dictionary knows with an adjective's ending) before a noun modifies it. */
    private boolean modifiesNext(Word word, Optional<Word> next) {
        if (next.isEmpty()
                || !next.get().token().isWord()
                || !(next.get().isNoun() || !next.get().isKnown())) {
            return false;
        }
        if (lexicon.language() == Language.EN) {
            return word.any(r -> r.isAdjective() || r.tag().equals("VBN")) && !word.isNoun();
        }
        if (!word.isKnown()) {
            return RUSSIAN_ADJECTIVE_ENDING.matcher(word.normalized()).matches();
        }
        return word.any(Analysis::isFullAdjective) && !lexicon.groceries().contains(word.lemma(lexicon.groceries()));
    }

    /** English noun compounds continue ("chicken breast") unless both nouns are products or the first is plural. */
    private boolean continuesHead(Chunk current, Word word) {
        if (lexicon.language() != Language.EN || current.head.isEmpty()) {
            return false;
        }
        Word previous = current.head.getLast();
        boolean previousPlural = previous.any(r -> r.tag().equals("NNS"));
        boolean bothGroceries = lexicon.groceries().contains(previous.lemma(lexicon.groceries()))
                && lexicon.groceries().contains(word.lemma(lexicon.groceries()));
        return !previousPlural && (!bothGroceries || lexicon.productKinds().contains(word.lemma(lexicon.groceries())));
    }

    /**
     * A preposition after a head takes the noun phrase after it into the item, as said ("под шубой"); before an
     * amount ("до одной бутылки") or with nothing to attach to, it is dropped.
     */
    private int preposition(Chunk current, List<Word> segment, int i) {
        if (!current.hasHead()
                || i + 1 >= segment.size()
                || !isNominal(segment.get(i + 1))
                || amounts.read(segment, i + 1).isPresent()) {
            return i + 1;
        }
        current.after.add(segment.get(i));
        current.verbatim.add(segment.get(i));
        int j = i + 1;
        while (j < segment.size() && isNominal(segment.get(j))) {
            Word word = segment.get(j);
            current.after.add(word);
            current.verbatim.add(word);
            j++;
            if (word.isNoun()) {
                break;
            }
        }
        return j;
    }
}
