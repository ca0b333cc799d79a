package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's libraries against an application's class path, and what a lab that did not link says. */
class LabLibrariesTest {
    @TempDir
    Path classPath;

    @Test
    void a_library_with_another_version_on_the_class_path_is_named_with_both_versions() throws IOException {
        builtWith("   com.fasterxml.jackson.core:jackson-annotations:jar:2.23 -- module com.fasterxml.jackson.annotation",
                "   org.example:same:jar:1.0",
                "   org.example:absent:jar:3.1.4");
        onClassPath("com.fasterxml.jackson.core", "jackson-annotations", "2.16.1");
        onClassPath("org.example", "same", "1.0");

        assertThat(LabLibraries.otherVersions(loader()))
                .containsExactly("com.fasterxml.jackson.core:jackson-annotations 2.16.1 (the lab's: 2.23)");
    }

    @Test
    void a_lab_that_does_not_link_says_which_library_differs_and_what_to_do() throws IOException {
        builtWith("   com.fasterxml.jackson.core:jackson-annotations:jar:2.23");
        onClassPath("com.fasterxml.jackson.core", "jackson-annotations", "2.16.1");
        Throwable failure = new CompletionException(
                new NoClassDefFoundError("com/fasterxml/jackson/annotation/JsonSerializeAs"));

        String why = EuLoginLabExtension.whyItDidNotStart(failure, loader());

        assertThat(why).startsWith("The EU Login Lab did not start: java.lang.NoClassDefFoundError: "
                        + "com/fasterxml/jackson/annotation/JsonSerializeAs.")
                .contains("com.fasterxml.jackson.core:jackson-annotations 2.16.1 (the lab's: 2.23)")
                .contains("dependencyManagement", "jackson-bom", "EuLoginLabContainer");
    }

    @Test
    void another_failure_is_told_without_the_class_path_advice() {
        String why = EuLoginLabExtension.whyItDidNotStart(
                new IllegalStateException("services.yaml, service 'x': no urls"), loader());

        assertThat(why).isEqualTo("The EU Login Lab did not start: services.yaml, service 'x': no urls");
    }

    @Test
    void the_build_lists_the_labs_libraries_and_its_own_class_path_has_them_all() {
        ClassLoader ours = LabLibrariesTest.class.getClassLoader();

        assertThat(ours.getResource("lab/eulogin/testkit/" + LabLibraries.LIST)).isNotNull();
        assertThat(LabLibraries.otherVersions(ours)).isEmpty();
    }

    private void builtWith(String... lines) throws IOException {
        Path list = classPath.resolve("lab/eulogin/testkit/" + LabLibraries.LIST);
        Files.createDirectories(list.getParent());
        Files.write(list, List.of(lines));
    }

    private void onClassPath(String group, String artifact, String version) throws IOException {
        Path pom = classPath.resolve("META-INF/maven/" + group + "/" + artifact + "/pom.properties");
        Files.createDirectories(pom.getParent());
        Files.writeString(pom, "groupId=" + group + "\nartifactId=" + artifact + "\nversion=" + version + "\n");
    }

    /** A class loader with only the folder: not the test kit's own list. */
    private ClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
