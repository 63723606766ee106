package dev.korzina.store.transcripts;

import dev.korzina.skills.TranscriptEntry;
import dev.korzina.store.dialog.StoredTranscript;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/** A turn as a Lucene document and back: the words analysed, the filters exact, everything stored. */
final class TranscriptDocuments {

    static final String ID = "id";
    static final String AT = "at";
    static final String CUSTOMER = "customer";
    static final String UTTERANCE = "utterance";
    static final String REPLY = "reply";
    static final String CART_DIFF = "cart_diff";
    static final String INTENT = "intent";

    /** The analysed fields words are looked for in, each with its weight: what the customer said counts most. */
    static final List<Weighted> SEARCHED = List.of(
            new Weighted(UTTERANCE, 2f),
            new Weighted(REPLY, 1f),
            new Weighted(CART_DIFF, 1f),
            new Weighted(INTENT, 1f));

    private static final String HOUSEHOLD = "household";
    private static final String CHANNEL = "channel";
    private static final String LANGUAGE = "language";
    private static final String ITEMS = "items";
    private static final String LATENCY_US = "latency_us";

    /**
     * A searched field and its weight.
     *
     * @param field the field
     * @param boost how much a match in it counts
     */
    record Weighted(String field, float boost) {}

    private TranscriptDocuments() {}

    static Document document(StoredTranscript turn) {
        TranscriptEntry entry = turn.entry();
        long at = entry.at().toEpochMilli();
        Document document = new Document();
        document.add(new StoredField(ID, turn.id()));
        document.add(new LongPoint(AT, at));
        document.add(new NumericDocValuesField(AT, at));
        document.add(new StoredField(AT, at));
        document.add(new StringField(CUSTOMER, entry.customerId(), Field.Store.YES));
        document.add(new StoredField(HOUSEHOLD, entry.householdId()));
        document.add(new StoredField(CHANNEL, entry.channel()));
        document.add(new StoredField(LANGUAGE, entry.language()));
        document.add(new TextField(INTENT, entry.intent(), Field.Store.YES));
        document.add(new TextField(UTTERANCE, entry.utterance(), Field.Store.YES));
        document.add(new TextField(REPLY, entry.reply(), Field.Store.YES));
        document.add(new TextField(CART_DIFF, entry.cartDiff(), Field.Store.YES));
        entry.items().forEach(item -> document.add(new StoredField(ITEMS, item)));
        document.add(new StoredField(LATENCY_US, entry.latency().toNanos() / 1000));
        return document;
    }

    static long id(Document document) {
        return document.getField(ID).numericValue().longValue();
    }

    static TranscriptEntry entry(Document document) {
        return new TranscriptEntry(
                Instant.ofEpochMilli(document.getField(AT).numericValue().longValue()),
                document.get(CHANNEL),
                document.get(CUSTOMER),
                document.get(HOUSEHOLD),
                document.get(UTTERANCE),
                document.get(LANGUAGE),
                document.get(INTENT),
                Arrays.stream(document.getFields(ITEMS))
                        .map(IndexableField::stringValue)
                        .toList(),
                document.get(CART_DIFF),
                document.get(REPLY),
                Duration.ofNanos(document.getField(LATENCY_US).numericValue().longValue() * 1000));
    }
}
