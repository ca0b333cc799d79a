package lab.eulogin.idp.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser tab of every page: {@code layout.peb} and {@code support-layout.peb} make it from
 * {@code title.} and the page's name, which is its template's name. A key missing from a bundle
 * would show as the raw key, in that language only.
 */
class PageTitlesTest {
    private static final Pattern PAGE = Pattern.compile("\\{%\\s*extends\\s+\"(support-)?layout\"\\s*%}");

    /** The templates that are pages, by name: those built on one of the two layouts. */
    private static List<String> pages() throws Exception {
        Path templates = Path.of(PageTitlesTest.class.getResource("/lab/eulogin/idp/templates/layout.peb").toURI())
                .getParent();
        try (Stream<Path> files = Files.list(templates)) {
            return files.filter(file -> PAGE.matcher(read(file)).find())
                    .map(file -> file.getFileName().toString().replaceFirst("\\.peb$", ""))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle file's own keys, without the English ones a translation would fall back to. */
    private static Properties bundle(String file) throws IOException {
        Properties keys = new Properties();
        try (Reader in = new InputStreamReader(PageTitlesTest.class.getResourceAsStream("/i18n/" + file),
                StandardCharsets.UTF_8)) {
            keys.load(in);
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_de.properties"})
    void every_page_has_a_title_in_the_tab(String file) throws Exception {
        Properties bundle = bundle(file);
        List<String> pages = pages();
        assertThat(pages).as("the pages found").contains("login-identifier", "my-account", "support-account");
        assertThat(pages).filteredOn(page -> !bundle.containsKey("title." + page))
                .as("pages without their title key in " + file)
                .isEmpty();
    }
}
