package org.factdesk.spotting;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.factdesk.spotting.features.FeatureExtractor;
import org.factdesk.spotting.model.CheckWorthinessModel;
import org.factdesk.spotting.model.ModelFile;

/**
 * First-load time and size of the shipped model, then single-thread throughput of {@link ClaimSpotter#spot} on the
 * samples repeated to ~5 MB; run by bench/spotting/run.sh in a fresh JVM, so the load is a cold one.
 */
public final class SpottingBenchmark {

    private static final int TARGET_BYTES = 5 * 1024 * 1024;

    private SpottingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long loadStart = System.nanoTime();
        CheckWorthinessModel model = ModelFile.shipped();
        FeatureExtractor.shipped();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        long modelBytes;
        try (InputStream in = SpottingBenchmark.class.getClassLoader().getResourceAsStream(ModelFile.RESOURCE)) {
            modelBytes = in.readAllBytes().length;
        }
        System.out.printf(Locale.ROOT, "model: %s, %d bytes, %d word weights, %d trees; cold load with word lists %.0f ms%n",
                ModelFile.RESOURCE, modelBytes, model.terms().size(), model.trees().trees(), loadMillis);
        // The sample articles ship as demo content; the edge cases are a test resource.
        Path samples = Path.of(args.length > 0 ? args[0] : "src/main/resources/demo");
        Path edgeCases = Path.of(args.length > 1 ? args[1] : "src/test/resources/spotting");
        double warmup = Double.parseDouble(System.getProperty("warmup", "20"));
        double measure = Double.parseDouble(System.getProperty("measure", "20"));
        StringBuilder unit = new StringBuilder();
        for (String name : List.of("summit-talks.txt", "jobs-report.md", "edge-cases.txt")) {
            Path dir = name.equals("edge-cases.txt") ? edgeCases : samples;
            unit.append(Files.readString(dir.resolve(name), StandardCharsets.UTF_8)).append("\n\n");
        }
        StringBuilder sb = new StringBuilder();
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES) {
            sb.append(unit);
        }
        String text = sb.toString();
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        ClaimSpotter spotter = new ClaimSpotter();
        System.out.printf(Locale.ROOT, "text: %.2f MB (UTF-8), %d chars, %d sentences%n",
                bytes / 1e6, text.length(), spotter.spot(text).size());

        run(spotter, text, warmup);
        long start = System.nanoTime();
        int passes = run(spotter, text, measure);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "warm-up %.0f s, measured %d passes in %.1f s: %.2f MB/s (split + score, one thread)%n",
                warmup, passes, seconds, passes * bytes / 1e6 / seconds);
    }

    private static int run(ClaimSpotter spotter, String text, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        long sink = 0;
        do {
            sink += spotter.spot(text).size();
            passes++;
        } while (System.nanoTime() < end);
        if (sink == 42) {
            System.out.println();
        }
        return passes;
    }
}
