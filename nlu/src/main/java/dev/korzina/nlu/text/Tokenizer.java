package dev.korzina.nlu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an utterance into lower-case tokens; hyphens inside words are kept as a flag on the next token. */
public final class Tokenizer {

    private static final Pattern TOKEN =
            Pattern.compile("(?<number>\\d+(?:[.,]\\d+)?)(?<percent>\\s*%)?" + "|(?<word>\\p{L}+(?:['’]\\p{L}+)*)"
                    + "|(?<separator>[,;!?]+|\\.(?!\\d))"
                    + "|(?<hyphen>[-–])");

    /**
     * Splits the text.
     *
     * @param text an utterance in any case
     * @return its tokens in order
     */
    public List<Token> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(lower);
        int hyphenEnd = -1;
        while (matcher.find()) {
            boolean hyphenated = matcher.start() == hyphenEnd && !tokens.isEmpty();
            if (matcher.group("hyphen") != null) {
                hyphenEnd = matcher.end();
            } else if (matcher.group("number") != null) {
                tokens.add(
                        matcher.group("percent") != null
                                ? new Token(matcher.group("number") + "%", Token.Kind.PERCENT, false)
                                : new Token(matcher.group("number"), Token.Kind.NUMBER, false));
            } else if (matcher.group("word") != null) {
                tokens.add(new Token(matcher.group("word"), Token.Kind.WORD, hyphenated));
            } else {
                tokens.add(new Token(matcher.group("separator"), Token.Kind.SEPARATOR, false));
            }
        }
        return tokens;
    }
}
