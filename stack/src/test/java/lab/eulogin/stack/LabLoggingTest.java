package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's quiet console gives way to a logback configuration of the application's own. */
class LabLoggingTest {

    @Test
    void an_applications_logback_xml_or_logback_test_xml_is_left_to_logback(@TempDir Path folder) throws Exception {
        assertThat(LabLogging.hasOwnConfiguration(classPath(folder))).as("nothing of its own").isFalse();

        Files.writeString(folder.resolve("logback.xml"), "<configuration/>");
        assertThat(LabLogging.hasOwnConfiguration(classPath(folder))).as("logback.xml").isTrue();

        Files.delete(folder.resolve("logback.xml"));
        Files.writeString(folder.resolve("logback-test.xml"), "<configuration/>");
        assertThat(LabLogging.hasOwnConfiguration(classPath(folder))).as("logback-test.xml").isTrue();
    }

    /** A class path of that folder alone: the lab's jars carry no logback file of their own. */
    private static ClassLoader classPath(Path folder) throws Exception {
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
    }
}
