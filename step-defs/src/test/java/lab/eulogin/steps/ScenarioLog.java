package lab.eulogin.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import io.cucumber.java.Before;

/**
 * The lines the lab logged while a scenario ran, at every level (FAQ PWD-03 searches them for the
 * password). The lab runs in this JVM, so logback's {@link Appender} (named in logback-test.xml,
 * with the lab's loggers at TRACE) sees each line as it is written; only warnings reach the console.
 * Scenarios run two at a time, each against its own lab, and a line does not say which lab wrote
 * it: a scenario's lines include those its neighbour's lab wrote meanwhile, which only makes the
 * search wider.
 */
public class ScenarioLog {
    private long firstLine;

    @Before
    public void startOfTheScenario() {
        firstLine = Appender.nextNumber();
    }

    /** Each line logged since the scenario started, with its logger, level and any stack trace. */
    public List<String> lines() {
        return Appender.linesFrom(firstLine);
    }

    /** Keeps the newest lines logged in this JVM, numbered, for the scenarios to read. */
    public static final class Appender extends AppenderBase<ILoggingEvent> {
        /** Far more than one scenario logs; older lines belong to scenarios long finished. */
        private static final int KEPT = 20_000;
        private static final Deque<Line> LINES = new ArrayDeque<>();
        private static long next;

        private record Line(long number, String text) {
        }

        @Override
        protected void append(ILoggingEvent event) {
            String text = event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy()));
            synchronized (LINES) {
                LINES.addLast(new Line(next++, text));
                if (LINES.size() > KEPT) {
                    LINES.removeFirst();
                }
            }
        }

        static long nextNumber() {
            synchronized (LINES) {
                return next;
            }
        }

        static List<String> linesFrom(long first) {
            synchronized (LINES) {
                List<String> lines = new ArrayList<>();
                for (Line line : LINES) {
                    if (line.number() >= first) {
                        lines.add(line.text());
                    }
                }
                return lines;
            }
        }
    }
}
