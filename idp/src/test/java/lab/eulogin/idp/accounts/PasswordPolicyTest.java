package lab.eulogin.idp.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Abcdefgh1!", "Zz9~Zz9~Zz9~", "Ünïcode9#aB", "aB3\"aaaaaaa", "aB3\\aaaaaaa"})
    void a_password_of_ten_characters_mixing_all_four_kinds_is_accepted(String password) {
        assertThat(PasswordPolicy.accepts(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Abcdef1!", "Abcdefg1!", "abcdefgh1!", "ABCDEFGH1!", "Abcdefghi!", "Abcdefghi1", "Abcdefgh1 "})
    void a_password_short_of_any_rule_is_refused(String password) {
        assertThat(PasswordPolicy.accepts(password)).isFalse();
    }

    /** "É", "ß" or "٣" are letters and digits, but not "A to Z", "a to z" or "0 to 9" as the FAQ lists them. */
    @ParameterizedTest
    @ValueSource(strings = {"Éures-portal-2024", "EURES-PORTAL-2024ß", "Eures-Portal-٢٠٢٤"})
    void letters_and_digits_outside_the_faqs_ranges_do_not_count(String password) {
        assertThat(PasswordPolicy.accepts(password)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 10_000})
    void an_overlong_password_is_refused_before_it_reaches_the_slow_hash(int length) {
        assertThat(PasswordPolicy.accepts("Aa1!" + "x".repeat(length - 4))).isFalse();
    }
}
