package dev.korzina.bench;

import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.RuleBasedNlu;
import dev.korzina.nlu.eval.LabelledUtterance;
import dev.korzina.nlu.eval.NluEvaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;

/** Prints the heap the NLU holds once its dictionaries are loaded, and the most it uses while parsing. */
public final class NluHeapFootprint {

    private static final long MB = 1024 * 1024;
    private static final int ROUNDS = 20;

    private NluHeapFootprint() {}

    /**
     * Measures the NLU.
     *
     * @param args a labelled utterance set to parse
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: NluHeapFootprint UTTERANCES_JSONL");
            System.exit(2);
        }
        List<String> texts = NluEvaluation.read(Path.of(args[0])).stream()
                .map(LabelledUtterance::text)
                .toList();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        Nlu nlu = RuleBasedNlu.create();
        long loaded = usedAfterGc(memory);
        long peak = loaded;
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : texts) {
                nlu.parse(text);
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
        }
        System.out.printf(
                "nlu_heap_mb=%d peak_heap_while_parsing_mb=%d max_heap_mb=%d parses=%d%n",
                (loaded - before) / MB, peak / MB, Runtime.getRuntime().maxMemory() / MB, ROUNDS * texts.size());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
