package lab.eulogin.idp.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static Set<String> ownKeys(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).keySet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void every_page_text_and_mail_is_translated(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(ownKeys("i18n.messages", locale)).containsExactlyInAnyOrderElementsOf(ownKeys("i18n.messages", Locale.ROOT));
        assertThat(ownKeys("i18n.mail", locale)).containsExactlyInAnyOrderElementsOf(ownKeys("i18n.mail", Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void texts_with_arguments_keep_their_apostrophes_and_fill_every_argument(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK);
        for (String key : bundle.keySet()) {
            if (!bundle.getString(key).contains("{0}")) {
                continue;
            }
            String text = Messages.text(locale, key, "A", "B", "C");
            assertThat(text).as(key).doesNotContain("{").doesNotContain("''");
            long quotes = bundle.getString(key).chars().filter(c -> c == '\'').count();
            long shown = text.chars().filter(c -> c == '\'').count();
            assertThat(shown * 2).as(key + ": every apostrophe doubled in the pattern").isEqualTo(quotes);
        }
    }
}
