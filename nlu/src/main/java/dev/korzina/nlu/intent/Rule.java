package dev.korzina.nlu.intent;

import java.util.regex.Pattern;

/**
 * One cue: when its pattern is found in the normalized utterance, the utterance is of its kind.
 *
 * @param kind the kind of request
 * @param pattern the cue, matched with {@code find} against lower-case words separated by single spaces
 */
record Rule(IntentKind kind, Pattern pattern) {

    /** A cue that must be the whole utterance. */
    static Rule whole(IntentKind kind, String regex) {
        return new Rule(kind, compile("^(?:" + regex + ")$"));
    }

    /** Compiles a cue; {@code \\b} and {@code \\w} see Cyrillic letters as letters. */
    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** A cue that is one or more whole words anywhere. */
    static Rule words(IntentKind kind, String regex) {
        return new Rule(kind, compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])"));
    }
}
