package dev.korzina.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsADecimalCommaInsideANumber() {
        assertThat(tokenizer.tokenize("полтора 1,5 литра"))
                .extracting(Token::text)
                .containsExactly("полтора", "1,5", "литра");
    }

    @Test
    void joinsAPercentSignToItsNumber() {
        assertThat(tokenizer.tokenize("молоко 2,5 %"))
                .extracting(Token::kind)
                .containsExactly(Token.Kind.WORD, Token.Kind.PERCENT);
    }

    @Test
    void marksWordsJoinedByAHyphen() {
        assertThat(tokenizer.tokenize("Кока-Кола"))
                .containsExactly(new Token("кока", Token.Kind.WORD, false), new Token("кола", Token.Kind.WORD, true));
    }

    @Test
    void keepsCommasAsSeparators() {
        assertThat(tokenizer.tokenize("хлеб, молоко"))
                .extracting(Token::kind)
                .containsExactly(Token.Kind.WORD, Token.Kind.SEPARATOR, Token.Kind.WORD);
    }
}
