package lab.eulogin.idp.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationFormTest {

    private static RegistrationForm form(String first, String last, String email, String confirm) {
        return new RegistrationForm(first, last, email, confirm, "en", true);
    }

    @Test
    void a_complete_form_has_no_errors() {
        assertThat(form("Ana", "Pérez", "ana@example.eu", "ana@example.eu").validate().isEmpty()).isTrue();
    }

    @Test
    void every_problem_is_reported_on_its_own_field_at_once() {
        FieldErrors errors = new RegistrationForm(" ", "", "not-an-address", "x", "xx", false).validate();
        assertThat(errors.asMap()).containsExactly(
                java.util.Map.entry("firstName", "first-name-required"),
                java.util.Map.entry("lastName", "last-name-required"),
                java.util.Map.entry("email", "email-invalid"),
                java.util.Map.entry("emailLanguage", "email-language-required"),
                java.util.Map.entry("privacy", "privacy-required"));
    }

    @Test
    void the_two_addresses_must_match_ignoring_case_and_spaces() {
        assertThat(form("Ana", "Pérez", "Ana@Example.eu ", " ana@example.EU").validate().isEmpty()).isTrue();
        assertThat(form("Ana", "Pérez", "ana@example.eu", "anna@example.eu").validate().asMap())
                .containsEntry("emailConfirm", "email-mismatch");
    }

    @Test
    void names_in_any_alphabet_with_apostrophes_and_hyphens_are_accepted() {
        assertThat(form("Seán-Ó", "D'Arcy", "a@b.eu", "a@b.eu").validate().isEmpty()).isTrue();
        assertThat(form("Δημήτρης", "Παπαδόπουλος", "a@b.eu", "a@b.eu").validate().isEmpty()).isTrue();
        assertThat(form("Анна", "Ivanova", "a@b.eu", "a@b.eu").validate().isEmpty()).isTrue();
    }

    @Test
    void markup_control_characters_and_overlong_names_are_refused_with_a_reason() {
        assertThat(form("<script>alert(1)</script>", "X", "a@b.eu", "a@b.eu").validate().asMap())
                .containsEntry("firstName", "first-name-invalid");
        assertThat(form("Ana\u0000", "X", "a@b.eu", "a@b.eu").validate().asMap())
                .containsEntry("firstName", "first-name-invalid");
        assertThat(form("A".repeat(10_000), "X", "a@b.eu", "a@b.eu").validate().asMap())
                .containsEntry("firstName", "too-long");
    }

    @Test
    void an_address_of_an_institution_cannot_self_register() {
        for (String address : new String[] {"eve@ec.europa.eu", "Eve@EUROPARL.europa.eu", "eve@europa.eu"}) {
            assertThat(form("Eve", "X", address, address).validate().asMap())
                    .containsEntry("email", "email-institution");
        }
        assertThat(form("Eve", "X", "eve@europa.eu.example", "eve@europa.eu.example").validate().isEmpty()).isTrue();
        assertThat(form("Eve", "X", "eve@noteuropa.eu", "eve@noteuropa.eu").validate().isEmpty()).isTrue();
    }

    @Test
    void sql_metacharacters_in_an_address_are_just_an_invalid_address() {
        assertThat(form("Ana", "X", "a'; DROP TABLE account;--@b.eu", "same").validate().asMap())
                .containsEntry("email", "email-invalid");
    }
}
