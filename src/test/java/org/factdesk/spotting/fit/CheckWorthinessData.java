package org.factdesk.spotting.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the CLEF 2019 check-worthiness TSV files (line, speaker, text, label) kept outside the project. The speaker
 * column is dropped on reading: an imported article has none, so no feature may lean on it.
 */
final class CheckWorthinessData {

    /** One transcript sentence and whether fact-checkers picked it. */
    record Line(int number, String text, boolean checkWorthy) {
    }

    /** One debate or speech. */
    record Debate(String name, List<Line> lines) {

        int positives() {
            return (int) lines.stream().filter(Line::checkWorthy).count();
        }
    }

    private CheckWorthinessData() {
    }

    /** The project-relative place where the shared development data lives on the team's machines. */
    static Path defaultDirectory() {
        return Path.of("..", "shared", "data", "checkworthiness-dev");
    }

    /** The first argument when it is not an option, else {@link #defaultDirectory()}. */
    static Path directory(String[] args) {
        return args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : defaultDirectory();
    }

    static List<Debate> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<Debate> debates = new ArrayList<>();
        for (Path file : files) {
            List<Line> lines = new ArrayList<>();
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                String[] cols = row.split("\t", -1);
                if (cols.length < 4) {
                    throw new IOException(file + ": expected 4 columns in " + row);
                }
                lines.add(new Line(Integer.parseInt(cols[0].trim()), cols[2], cols[3].trim().equals("1")));
            }
            String name = file.getFileName().toString();
            debates.add(new Debate(name.substring(0, name.length() - 4), lines));
        }
        return debates;
    }
}
