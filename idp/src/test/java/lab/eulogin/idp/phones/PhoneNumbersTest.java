package lab.eulogin.idp.phones;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "'+32470123456', +32470123456",
            "'+32 470 12 34 56', +32470123456",
            "' +33 6 12 34 56 78 ', +33612345678",
            "'+49 151 23456789', +4915123456789"})
    void a_mobile_number_with_plus_and_country_code_is_kept_in_e164_form(String typed, String e164) {
        assertThat(PhoneNumbers.parse(typed).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({
            "'', phone-required",
            "'0470123456', phone-plus-missing",
            "'0032470123456', phone-plus-missing",
            "'+ 32470123456', phone-space-after-plus",
            "'+32.470.12.34.56', phone-punctuation",
            "'+32 (0)470 123456', phone-punctuation",
            "'+32-470-12-34-56', phone-punctuation",
            "'+32 470 12 34 5x', phone-invalid",
            "'+99 470 12 34 56', phone-invalid",
            "'+33 1 42 68 53 00', phone-not-mobile"})
    void each_broken_rule_has_its_own_message(String typed, String problem) {
        assertThat(PhoneNumbers.parse(typed).problem()).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"+32470123456, '+32 470 12 34 56', '+32 ••• •• •• 56'"})
    void numbers_are_shown_grouped_and_can_be_masked(String e164, String display, String masked) {
        assertThat(PhoneNumbers.display(e164)).isEqualTo(display);
        assertThat(PhoneNumbers.masked(e164)).isEqualTo(masked);
    }
}
