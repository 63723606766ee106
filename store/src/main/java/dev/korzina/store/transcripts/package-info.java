/**
 * Full-text search over the dialog transcripts for support staff. Start with {@link
 * dev.korzina.store.transcripts.TranscriptSearch}; {@link dev.korzina.store.transcripts.LuceneTranscriptSearch} keeps a
 * Lucene index of the {@code transcripts} table, analysed like product names (Russian stems, English singulars).
 */
package dev.korzina.store.transcripts;
