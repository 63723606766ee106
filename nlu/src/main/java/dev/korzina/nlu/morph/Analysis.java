package dev.korzina.nlu.morph;

/**
 * One reading of a word form: its lemma and grammatical tag. Russian tags look like
 * {@code NN:Inanim:Neut:Sin:R} (noun, neuter, singular, genitive), English ones like {@code NNS} (plural noun).
 *
 * @param lemma the dictionary form, lower-case
 * @param tag the grammatical tag
 */
public record Analysis(String lemma, String tag) {

    /** Whether this reading is a noun. */
    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    /** Whether this reading is a verb. */
    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    /** Whether this reading is a past-tense verb ("купил", "bought"). */
    public boolean isPastVerb() {
        return tag.startsWith("VB:Past") || tag.equals("VBD");
    }

    /** Whether this reading is an adjective. */
    public boolean isAdjective() {
        return tag.startsWith("ADJ") || tag.startsWith("JJ");
    }

    /** Whether this reading is a full (not short) Russian adjective or an English one. */
    public boolean isFullAdjective() {
        return isAdjective() && !tag.startsWith("ADJ:Short");
    }

    /** Whether this reading is a preposition. */
    public boolean isPreposition() {
        return tag.equals("PREP") || tag.equals("IN");
    }

    /** Whether this reading is a number word ("две"). */
    public boolean isNumeral() {
        return tag.startsWith("Num") || tag.equals("CD");
    }

    /** Whether the form is plural. */
    public boolean isPlural() {
        return tag.contains(":PL") || tag.equals("NNS");
    }

    /** Whether this reading is a proper name or surname rather than a common word. */
    public boolean isName() {
        return tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr") || tag.startsWith("NNP");
    }

    /** The Russian grammatical case ({@code Nom}, {@code R}, {@code D}, {@code V}, {@code T}, {@code P}), or "". */
    public String grammaticalCase() {
        int last = tag.lastIndexOf(':');
        return last < 0 ? "" : tag.substring(last + 1);
    }

    /** The Russian gender ({@code Masc}, {@code Fem}, {@code Neut}), or "" when the reading has none. */
    public String gender() {
        for (String part : tag.split(":")) {
            if (part.equals("Masc") || part.equals("Fem") || part.equals("Neut")) {
                return part;
            }
        }
        return "";
    }
}
