package lab.eulogin.steps.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's list of the questions users ask (features/FAQ-QUESTIONS.md), grouped by FAQ area. */
public final class FaqQuestions {
    private static final Pattern AREA = Pattern.compile("^## (.+)$");
    private static final Pattern QUESTION = Pattern.compile("^- ([A-Z]+-\\d+): (.+)$");

    public record Question(String id, String text) {
    }

    public record Area(String name, List<Question> questions) {
    }

    private FaqQuestions() {
    }

    public static List<Area> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of FAQ questions could not be read at " + file, e);
        }
        List<Area> areas = new ArrayList<>();
        for (String line : lines) {
            Matcher area = AREA.matcher(line.strip());
            Matcher question = QUESTION.matcher(line.strip());
            if (area.matches()) {
                areas.add(new Area(area.group(1), new ArrayList<>()));
            } else if (question.matches() && !areas.isEmpty()) {
                areas.get(areas.size() - 1).questions().add(new Question(question.group(1), question.group(2)));
            }
        }
        return areas;
    }
}
