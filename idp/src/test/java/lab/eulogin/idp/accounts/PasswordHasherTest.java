package lab.eulogin.idp.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void the_right_password_verifies_and_a_wrong_one_does_not() {
        String hash = hasher.hash("Abcdefgh1!");
        assertThat(hasher.verify("Abcdefgh1!", hash)).isTrue();
        assertThat(hasher.verify("Abcdefgh1?", hash)).isFalse();
    }

    @Test
    void the_hash_is_salted_and_carries_its_cost() {
        assertThat(hasher.hash("Abcdefgh1!")).isNotEqualTo(hasher.hash("Abcdefgh1!")).startsWith("pbkdf2-sha256$10000$");
    }

    @Test
    void a_hash_made_with_another_cost_still_verifies() {
        String old = new PasswordHasher(2_000).hash("Abcdefgh1!");
        assertThat(hasher.verify("Abcdefgh1!", old)).isTrue();
    }

    @Test
    void garbage_in_the_store_never_verifies() {
        assertThat(hasher.verify("x", "not-a-hash")).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }
}
