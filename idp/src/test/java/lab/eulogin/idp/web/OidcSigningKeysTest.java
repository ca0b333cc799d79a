package lab.eulogin.idp.web;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signing key outlives a restart on a file database; rotation adds a key and keeps the old one published. */
class OidcSigningKeysTest extends OidcTestBase {
    @TempDir
    Path data;

    @Override
    IdpConfig config(boolean labMode) {
        return super.config(labMode).withJdbcUrl("jdbc:h2:file:" + data.resolve("eulogin") + ";DB_CLOSE_DELAY=0");
    }

    @Test
    void an_id_token_from_before_a_restart_still_verifies_with_the_published_keys() throws Exception {
        account("ana@example.eu", AccountKind.EXTERNAL);
        Authorization request = authorization(BASIC);
        SignedJWT idToken = (SignedJWT) tokens(request, signInWithOidc(browser, request, "ana@example.eu"))
                .getOIDCTokens().getIDToken();
        String kid = idToken.getHeader().getKeyID();

        idp.close();
        idp = start(true);

        JWKSet published = JWKSet.load(URI.create(idp.baseUrl() + "/cas/oauth2/jwks").toURL());
        assertThat(published.getKeys()).singleElement().satisfies(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(idToken.verify(new RSASSAVerifier(published.getKeyByKeyId(kid).toRSAKey()))).isTrue();
    }

    @Test
    void rotation_signs_with_the_new_key_and_keeps_the_old_one_until_removed() throws Exception {
        String old = idp.oidcSigningKeys().currentKeyId();
        String fresh = idp.oidcSigningKeys().rotate();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(idp.oidcSigningKeys().currentKeyId()).isEqualTo(fresh);
        assertThat(JWKSet.load(URI.create(idp.baseUrl() + "/cas/oauth2/jwks").toURL()).getKeys())
                .extracting(k -> k.getKeyID()).containsExactly(fresh, old);

        account("ana@example.eu", AccountKind.EXTERNAL);
        Authorization request = authorization(BASIC);
        SignedJWT idToken = (SignedJWT) tokens(request, signInWithOidc(browser, request, "ana@example.eu"))
                .getOIDCTokens().getIDToken();
        assertThat(idToken.getHeader().getKeyID()).isEqualTo(fresh);

        assertThatThrownBy(() -> idp.oidcSigningKeys().remove(fresh)).isInstanceOf(IllegalArgumentException.class);
        assertThat(idp.oidcSigningKeys().remove(old)).isTrue();
        assertThat(JWKSet.load(URI.create(idp.baseUrl() + "/cas/oauth2/jwks").toURL()).getKeys())
                .extracting(k -> k.getKeyID()).containsExactly(fresh);
    }
}
