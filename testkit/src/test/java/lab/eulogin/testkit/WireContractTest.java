package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import org.junit.jupiter.api.Test;

/**
 * The client module writes the IdP's names down itself, so that it needs nothing of the IdP; here,
 * where both are on the class path, they are held to the IdP's own.
 */
class WireContractTest {

    @Test
    void the_kinds_of_account_are_the_idps() {
        assertThat(Arrays.stream(AccountKind.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(lab.eulogin.idp.accounts.AccountKind.values()).map(Enum::name).toList());
    }

    @Test
    void the_options_of_configure_my_account_and_their_defaults_are_the_idps() {
        lab.eulogin.idp.accounts.AccountSettings idp = lab.eulogin.idp.accounts.AccountSettings.defaults();

        assertThat(AccountSettings.OPTIONS).isEqualTo(lab.eulogin.idp.accounts.AccountSettings.OPTIONS);
        assertThat(AccountSettings.defaults().byName().keySet()).containsExactlyElementsOf(AccountSettings.OPTIONS);
        assertThat(AccountSettings.defaults()).isEqualTo(new AccountSettings(idp.emailNotifications(),
                idp.warnWhenIdentityAsked(), idp.detailsAfterSignIn(), idp.alwaysMultiFactor()));
    }

    @Test
    void the_paths_and_the_lab_cookie_are_the_idps() {
        assertThat(IdpPaths.PASSWORD_RESET_REQUEST).isEqualTo(Paths.PASSWORD_RESET_REQUEST);
        assertThat(IdpPaths.LOGIN_IDENTITY_REQUEST).isEqualTo(Paths.LOGIN_IDENTITY_REQUEST);
        assertThat(IdpPaths.OIDC_ISSUER).isEqualTo(Paths.OIDC_ISSUER);
        assertThat(IdpPaths.OIDC_DISCOVERY).isEqualTo(Paths.OIDC_DISCOVERY);
        assertThat(IdpPaths.LAB_CLIENT_COOKIE).isEqualTo(Web.LAB_CLIENT_COOKIE);
    }
}
