package lab.eulogin.steps.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import lab.eulogin.steps.fixtures.RunningLab;

/**
 * The executable FAQ's report for support staff ({@code target/lab-report/index.html}): each FAQ
 * question with its scenarios, their steps and the screenshot of each page they changed, and a
 * coverage matrix of the project's list of questions. Screenshots stay files beside it. At the
 * end of the run it also prints the time of each feature and in total.
 */
public final class FaqReport implements ConcurrentEventListener {
    private static final Pattern FEATURE_NAME = Pattern.compile("(?m)^\\s*Feature:\\s*(.+)$");
    private static final Pattern FAQ_TAG = Pattern.compile("@faq-([A-Z]+-\\d+)");

    private final Path out;
    private final Path questionsFile;
    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final Map<java.util.UUID, ScenarioRun> runs = new ConcurrentHashMap<>();
    private Instant started = Instant.now();

    /** A step as the report shows it, with the screenshots taken after it. */
    public record StepRun(String keyword, String text, String status, String error, List<Shot> shots) {
    }

    public record Shot(String path, String caption) {
    }

    /** One scenario's run. */
    public static final class ScenarioRun {
        private final TestCase testCase;
        private final String feature;
        private final Instant start;
        private final List<StepRun> steps = new ArrayList<>();
        private final List<String> hookErrors = new ArrayList<>();
        private Instant end;
        private Status status = Status.UNDEFINED;

        ScenarioRun(TestCase testCase, String feature, Instant start) {
            this.testCase = testCase;
            this.feature = feature;
            this.start = start;
        }

        public String getName() { return testCase.getName(); }
        public String getFeature() { return feature; }
        public String getStatus() { return status.name().toLowerCase(); }
        public boolean isPassed() { return status == Status.PASSED; }
        public List<StepRun> getSteps() { return steps; }
        public List<String> getHookErrors() { return hookErrors; }
        public String getDuration() { return seconds(Duration.between(start, end == null ? start : end)); }
        public String getLocation() {
            String path = testCase.getUri().getPath();
            return path.substring(path.lastIndexOf('/') + 1) + ":" + testCase.getLocation().getLine();
        }

        List<String> faqIds() {
            List<String> ids = new ArrayList<>();
            for (String tag : testCase.getTags()) {
                Matcher m = FAQ_TAG.matcher(tag);
                if (m.matches()) {
                    ids.add(m.group(1));
                }
            }
            return ids;
        }
    }

    /** A question with the scenarios that answer it. */
    public record QuestionRow(String id, String text, List<ScenarioRun> scenarios, String status) {
        public int getPassed() { return (int) scenarios.stream().filter(ScenarioRun::isPassed).count(); }
    }

    public record AreaRows(String name, List<QuestionRow> questions) {
    }

    public record FeatureTime(String name, int scenarios, String wall) {
    }

    /** A feature's scenarios that answer no FAQ question (no {@code @faq-} tag), shown apart from the questions. */
    public record FeatureRows(String name, List<ScenarioRun> scenarios) {
    }

    /** @param reportDirectory where index.html and the screenshots go */
    public FaqReport(String reportDirectory) {
        this.out = Path.of(reportDirectory);
        this.questionsFile = Path.of(System.getProperty("lab.root", "..")).resolve("features/FAQ-QUESTIONS.md");
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started = e.getInstant());
        publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
        publisher.registerHandlerFor(TestCaseStarted.class, this::caseStarted);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private void sourceRead(TestSourceRead event) {
        Matcher m = FEATURE_NAME.matcher(event.getSource());
        featureNames.put(event.getUri(), m.find() ? m.group(1).strip() : event.getUri().getPath());
    }

    private void caseStarted(TestCaseStarted event) {
        TestCase testCase = event.getTestCase();
        runs.put(testCase.getId(), new ScenarioRun(testCase,
                featureNames.getOrDefault(testCase.getUri(), testCase.getUri().getPath()), event.getInstant()));
    }

    private void stepFinished(TestStepFinished event) {
        ScenarioRun run = runs.get(event.getTestCase().getId());
        String error = event.getResult().getError() == null ? "" : firstLines(event.getResult().getError());
        synchronized (run) {
            if (event.getTestStep() instanceof PickleStepTestStep step) {
                run.steps.add(new StepRun(step.getStep().getKeyword().strip(), step.getStep().getText(),
                        event.getResult().getStatus().name().toLowerCase(), error, new ArrayList<>()));
            } else if (event.getTestStep() instanceof HookTestStep && !error.isEmpty()) {
                run.hookErrors.add(error);
            }
        }
    }

    /** Screenshots arrive as links to their files, from the hook after the step that changed the page. */
    private void embedded(EmbedEvent event) {
        if (!"text/uri-list".equals(event.getMediaType())) {
            return;
        }
        ScenarioRun run = runs.get(event.getTestCase().getId());
        synchronized (run) {
            Shot shot = new Shot(new String(event.getData(), StandardCharsets.UTF_8).strip(), event.getName());
            if (run.steps.isEmpty()) {
                run.steps.add(new StepRun("", "(before the first step)", "passed", "", new ArrayList<>()));
            }
            run.steps.get(run.steps.size() - 1).shots().add(shot);
        }
    }

    private void caseFinished(TestCaseFinished event) {
        ScenarioRun run = runs.get(event.getTestCase().getId());
        synchronized (run) {
            run.end = event.getInstant();
            run.status = event.getResult().getStatus();
        }
    }

    private void runFinished(TestRunFinished event) {
        Duration total = Duration.between(started, event.getInstant());
        List<ScenarioRun> all = runs.values().stream()
                .sorted(Comparator.comparing(ScenarioRun::getLocation)).toList();
        List<AreaRows> areas = rows(all);
        List<FeatureTime> times = featureTimes(all);
        printTimes(times, total, areas);
        write(all, areas, times, total);
    }

    private List<AreaRows> rows(List<ScenarioRun> all) {
        List<AreaRows> areas = new ArrayList<>();
        if (!Files.exists(questionsFile)) {
            return areas;
        }
        for (FaqQuestions.Area area : FaqQuestions.read(questionsFile)) {
            List<QuestionRow> rows = new ArrayList<>();
            for (FaqQuestions.Question q : area.questions()) {
                List<ScenarioRun> answering = all.stream().filter(r -> r.faqIds().contains(q.id())).toList();
                boolean anyPassed = answering.stream().anyMatch(ScenarioRun::isPassed);
                boolean anyFailed = answering.stream().anyMatch(r -> !r.isPassed());
                String status = !anyPassed ? "uncovered" : anyFailed ? "failing" : "passed";
                rows.add(new QuestionRow(q.id(), q.text(), answering, status));
            }
            areas.add(new AreaRows(area.name(), rows));
        }
        return areas;
    }

    /** The scenarios without an FAQ question, by feature in the order of their files. */
    private static List<FeatureRows> beyondTheFaq(List<ScenarioRun> all) {
        Map<String, List<ScenarioRun>> byFeature = new LinkedHashMap<>();
        all.stream().filter(r -> r.faqIds().isEmpty())
                .forEach(r -> byFeature.computeIfAbsent(r.feature, f -> new ArrayList<>()).add(r));
        return byFeature.entrySet().stream().map(e -> new FeatureRows(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Wall time per feature: from its first scenario's start to its last one's end (scenarios run in parallel). */
    private static List<FeatureTime> featureTimes(List<ScenarioRun> all) {
        Map<String, List<ScenarioRun>> byFeature = new LinkedHashMap<>();
        all.forEach(r -> byFeature.computeIfAbsent(r.feature, f -> new ArrayList<>()).add(r));
        List<FeatureTime> times = new ArrayList<>();
        byFeature.forEach((feature, list) -> {
            Instant first = list.stream().map(r -> r.start).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = list.stream().map(r -> r.end == null ? r.start : r.end).max(Comparator.naturalOrder()).orElseThrow();
            times.add(new FeatureTime(feature, list.size(), seconds(Duration.between(first, last))));
        });
        return times;
    }

    private void printTimes(List<FeatureTime> times, Duration total, List<AreaRows> areas) {
        StringBuilder text = new StringBuilder("\nExecutable FAQ: time per feature (wall clock, scenarios in parallel)\n");
        int width = times.stream().mapToInt(t -> t.name().length()).max().orElse(10);
        for (FeatureTime t : times) {
            text.append(String.format("  %-" + width + "s  %3d scenarios  %8s%n", t.name(), t.scenarios(), t.wall()));
        }
        long questions = areas.stream().mapToLong(a -> a.questions().size()).sum();
        long answered = areas.stream().flatMap(a -> a.questions().stream()).filter(q -> q.getPassed() > 0).count();
        text.append(String.format("  %-" + width + "s  %23s%n", "Total", seconds(total)));
        text.append(String.format("  FAQ questions with a passing scenario: %d of %d%n", answered, questions));
        text.append("  ").append(RunningLab.resetsSummary()).append('\n');
        System.out.println(text);
        try {
            // The test JVM's output goes to a file; ./lab test prints this one at the end.
            Files.createDirectories(out);
            Files.writeString(out.resolve("timing.txt"), text.toString().strip() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The timing could not be written to " + out, e);
        }
    }

    private void write(List<ScenarioRun> all, List<AreaRows> areas, List<FeatureTime> times, Duration total) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("date", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(started.atOffset(ZoneOffset.UTC)));
        model.put("total", seconds(total));
        model.put("areas", areas);
        model.put("times", times);
        model.put("scenarios", all.size());
        model.put("passed", all.stream().filter(ScenarioRun::isPassed).count());
        model.put("others", beyondTheFaq(all));
        long questions = areas.stream().mapToLong(a -> a.questions().size()).sum();
        model.put("questions", questions);
        model.put("answered", areas.stream().flatMap(a -> a.questions().stream()).filter(q -> q.getPassed() > 0).count());
        PebbleEngine pebble = new PebbleEngine.Builder().loader(new ClasspathLoader()).strictVariables(true).build();
        try {
            Files.createDirectories(out);
            Writer html = new StringWriter();
            pebble.getTemplate("lab/eulogin/steps/report/report.peb").evaluate(html, model);
            Files.writeString(out.resolve("index.html"), html.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written to " + out, e);
        }
    }

    private static String firstLines(Throwable error) {
        String text = String.valueOf(error);
        String[] lines = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 4)));
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
