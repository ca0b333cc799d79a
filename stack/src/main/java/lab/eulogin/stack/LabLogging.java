package lab.eulogin.stack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The lab's quiet console: its own start lines as they are, warnings and errors of everything
 * else. Set up in code, because reading the same from logback.xml took a tenth of the lab's start.
 * A configuration of one's own still wins: {@code -Dlogback.configurationFile=...}, or a
 * {@code logback-test.xml} or {@code logback.xml} on the class path (the lab's jars have none, so
 * these are an application's whose tests start the lab).
 */
public final class LabLogging extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || hasOwnConfiguration(LabLogging.class.getClassLoader())) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Logger lab = context.getLogger("lab.eulogin.stack");
        lab.setLevel(Level.INFO);
        lab.setAdditive(false);
        lab.addAppender(console(context, "LAB", "%msg%n"));
        // Flyway warns that this H2 is newer than it has been tested with; the lab's migrations are.
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console(context, "CONSOLE", "%d{HH:mm:ss} %-5level %logger{30}: %msg%n"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether logback's own look-up would find a configuration file there. */
    static boolean hasOwnConfiguration(ClassLoader loader) {
        return loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
