package lab.eulogin.mail.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void linksComeFromTheTextThenTheHtmlDeduplicatedInOrder() {
        String text = "Go to https://a.test/x?y=1&z=2. Or (see http://b.test/page) or https://a.test/x?y=1&z=2!";
        String html = "<a href=\"https://a.test/x?y=1&amp;z=2\">x</a> <a HREF='https://c.test/'>c</a>"
                + " <a href=mailto:me@x.test>m</a> <a href=https://d.test/q>d</a>";

        assertThat(Links.in(text, html)).containsExactly("https://a.test/x?y=1&z=2", "http://b.test/page",
                "https://c.test/", "https://d.test/q");
    }

    @Test
    void aParenthesisThatBelongsToTheUrlIsKept() {
        assertThat(Links.in("https://en.wikipedia.test/wiki/Mail_(disambiguation) ok", null))
                .containsExactly("https://en.wikipedia.test/wiki/Mail_(disambiguation)");
    }

    @Test
    void segmentsCutTextIntoPlainRunsAndUrls() {
        assertThat(Links.segments("See https://x.test/a, then stop."))
                .containsExactly(new Links.Segment("See ", false), new Links.Segment("https://x.test/a", true),
                        new Links.Segment(", then stop.", false));
        assertThat(Links.segments("no links")).isEqualTo(List.of(new Links.Segment("no links", false)));
    }
}
