package org.factdesk.spotting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The model file: what is written is read back to the same scores, and the shipped one is small. */
class ModelFileTest {

    private static final List<String> LAYOUT = List.of("f:a", "f:b", "p:f:a");

    /** Two stumps and one deeper tree over a three-feature layout. */
    private static CheckWorthinessModel sample() {
        TreeEnsemble trees = new TreeEnsemble(new int[] {0, 3},
                new int[] {0, -1, -1, 1, 2, -1, -1, -1},
                new double[] {0.5, 0, 0, 1.5, 0.25, 0, 0, 0},
                new int[] {1, -1, -1, 4, 5, -1, -1, -1},
                new int[] {2, -1, -1, 7, 6, -1, -1, -1},
                new double[] {0, -0.2, 0.3, 0, 0, 0.1, 0.4, -0.5});
        return new CheckWorthinessModel(LAYOUT, -3.0, new double[] {0.7, -0.25, 0.125}, Map.of("w:jobs", 0.5, "b:<s>_we", -0.25),
                trees, 0.5, 0.3, -3.5);
    }

    @Test
    void writtenModelReadsBackToTheSameLogits() throws IOException {
        CheckWorthinessModel model = sample();
        StringWriter out = new StringWriter();
        ModelFile.write(model, List.of("test model"), out);
        CheckWorthinessModel back = ModelFile.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), LAYOUT);
        double[][] xs = {{0, 0, 0}, {1, 2, 0}, {0.6, 0.3, 1}, {1, 1, 0.2}};
        String[][] words = {{}, {"w:jobs"}, {"b:<s>_we", "w:jobs"}, {"w:other"}};
        for (int i = 0; i < xs.length; i++) {
            assertEquals(model.logit(xs[i], words[i]), back.logit(xs[i], words[i]), 1e-4, "row " + i);
        }
        assertEquals(model.smoothing(), back.smoothing());
        assertEquals(model.centre(), back.centre());
        assertEquals(2, back.trees().trees());
    }

    @Test
    void aFeatureTheExtractorDoesNotKnowIsRefused() {
        String text = "setting\tbias\t-3\nweight\tf:gone\t0.5\n";
        assertThrows(IOException.class, () -> ModelFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LAYOUT));
    }

    @Test
    void shippedModelIsUnderFiveMegabytesAndLoads() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelFile.RESOURCE)) {
            assertNotNull(in);
            byte[] bytes = in.readAllBytes();
            assertTrue(bytes.length < 5_000_000, ModelFile.RESOURCE + " is " + bytes.length + " bytes");
        }
        CheckWorthinessModel model = ModelFile.shipped();
        assertEquals(ModelFile.shippedLayout(), model.layout());
        int percentage = model.layout().indexOf("f:percentage");
        int greeting = model.layout().indexOf("f:greeting");
        assertTrue(model.weight(percentage) > 0 && model.weight(greeting) < 0, "percentages count for a claim, greetings against");
    }
}
