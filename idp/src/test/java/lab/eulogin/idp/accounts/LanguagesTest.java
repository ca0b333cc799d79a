package lab.eulogin.idp.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
            "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7|fr",
            "de-CH|de",
            "DE|de",
            "en-GB,en;q=0.9,fr;q=0.8|en",
            "es-ES,es;q=0.9,de;q=0.5|de",
            "de;q=0.5,fr;q=0.8|fr",
            "fr;q=0,de|de"})
    void the_browsers_first_supported_language_is_taken(String acceptLanguage, String expected) {
        assertThat(Languages.preferred(acceptLanguage)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"es-ES,es;q=0.9", "*", "fr;q=0", "pt, *;q=0.1", "not a language;;", "  "})
    void a_browser_asking_for_no_supported_language_gets_english(String acceptLanguage) {
        assertThat(Languages.preferred(acceptLanguage)).isEqualTo("en");
    }
}
