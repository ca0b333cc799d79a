package lab.eulogin.idp.oidc;

import com.nimbusds.openid.connect.sdk.claims.AMR;
import lab.eulogin.idp.sessions.Strength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amr} says how a sign-in was proved, in RFC 8176's names, for every way of signing in. */
class EuLoginClaimsTest {
    @Test
    void everyWayOfSigningInHasItsName() {
        assertThat(names(List.of(Strength.PASSWORD))).containsExactly("pwd");
        assertThat(names(List.of(Strength.PASSWORD, Strength.PASSWORD_SMS))).containsExactly("pwd", "sms", "mfa");
        assertThat(names(List.of(Strength.PASSWORD, Strength.PASSWORD_MOBILE_APP))).containsExactly("pwd", "swk", "mfa");
        assertThat(names(List.of(Strength.PASSWORD, Strength.PASSWORD_SOFTWARE_TOKEN))).containsExactly("pwd", "otp", "mfa");
        assertThat(names(List.of(Strength.PASSWORD, Strength.PASSWORD_WEBAUTHN))).containsExactly("pwd", "hwk", "mfa");
    }

    private static List<String> names(List<Strength> strengths) {
        return EuLoginClaims.amr(strengths).stream().map(AMR::getValue).toList();
    }
}
