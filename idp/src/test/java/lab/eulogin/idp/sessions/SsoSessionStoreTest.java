package lab.eulogin.idp.sessions;

import lab.eulogin.idp.clock.LabClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SsoSessionStoreTest {
    private final LabClock clock = LabClock.system();
    private final SsoSessionStore store = new SsoSessionStore(clock, Duration.ofHours(8), Duration.ofHours(24));

    @Test
    void a_password_sign_in_is_basic_and_a_second_factor_makes_it_medium() {
        SsoSession sso = store.create(7, AuthenticationFactor.moniker("ana@example.eu"));
        assertThat(sso.level()).isEqualTo(AuthenticationLevel.BASIC);
        assertThat(sso.strengths()).containsExactly(Strength.PASSWORD);
        clock.advance(Duration.ofMinutes(1));
        SsoSession stronger = sso.stepUp(Strength.PASSWORD_SMS, AuthenticationFactor.mobilePhone("+32470000000"), clock.instant());
        store.update(stronger);
        SsoSession found = store.find(sso.id()).orElseThrow();
        assertThat(found.level()).isEqualTo(AuthenticationLevel.MEDIUM);
        assertThat(found.strengths()).containsExactly(Strength.PASSWORD, Strength.PASSWORD_SMS);
        assertThat(found.factors()).extracting(AuthenticationFactor::value).containsExactly("ana@example.eu", "+32470000000");
        assertThat(found.authenticatedAt()).isAfter(sso.authenticatedAt());
        assertThat(found.createdAt()).isEqualTo(sso.createdAt());
    }

    @Test
    void it_ends_after_the_idle_time_unless_used() {
        SsoSession used = store.create(1, AuthenticationFactor.moniker("a@b.eu"));
        SsoSession idle = store.create(2, AuthenticationFactor.moniker("c@d.eu"));
        clock.advance(Duration.ofHours(7));
        assertThat(store.find(used.id())).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(store.find(used.id())).isPresent();
        assertThat(store.find(idle.id())).isEmpty();
    }

    @Test
    void it_ends_after_the_maximum_lifetime_however_much_it_is_used() {
        SsoSession sso = store.create(1, AuthenticationFactor.moniker("a@b.eu"));
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofHours(7));
            assertThat(store.find(sso.id())).isPresent();
        }
        clock.advance(Duration.ofHours(3));
        assertThat(store.find(sso.id())).isEmpty();
    }

    @Test
    void an_unknown_or_removed_cookie_value_finds_nothing() {
        SsoSession sso = store.create(1, AuthenticationFactor.moniker("a@b.eu"));
        assertThat(store.find("TGC-forged")).isEmpty();
        assertThat(store.find(null)).isEmpty();
        store.remove(sso.id());
        assertThat(store.find(sso.id())).isEmpty();
    }
}
