package lab.eulogin.idp.http;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WebTimeTest {
    private static final Instant MOMENT = Instant.parse("2026-12-02T16:35:00Z");

    @Test
    void a_moment_is_written_in_the_language_of_the_page() {
        assertThat(Web.time(MOMENT, Locale.FRENCH)).isEqualTo("2 déc. 2026, 16:35 UTC");
        assertThat(Web.time(MOMENT, Locale.GERMAN)).isEqualTo("2. Dez. 2026, 16:35 UTC");
        assertThat(Web.time(Instant.parse("2026-03-05T08:05:00Z"), Locale.GERMAN)).isEqualTo("5. März 2026, 08:05 UTC");
    }

    @Test
    void in_english_it_reads_as_before() {
        assertThat(Web.time(MOMENT, Locale.ENGLISH)).isEqualTo("2 Dec 2026, 16:35 UTC").isEqualTo(Web.time(MOMENT));
        assertThat(Web.time(MOMENT, Locale.UK)).isEqualTo("2 Dec 2026, 16:35 UTC");
    }
}
