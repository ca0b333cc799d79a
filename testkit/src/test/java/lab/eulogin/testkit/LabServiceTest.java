package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import lab.eulogin.idp.services.OidcClient;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;
import lab.eulogin.testkit.LabService.IdTokenAlgorithm;
import lab.eulogin.testkit.LabService.TokenEndpointAuthMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry entries the builder writes, read back by the IdP's own registry, and the mistakes it refuses first. */
class LabServiceTest {
    private static final String SECRET_OF_32 = "a-secret-of-32-characters-or-mor";

    @TempDir
    Path dir;

    @Test
    void an_openid_connect_client_is_written_as_the_idp_reads_it() throws IOException {
        LabService portal = LabService.named("our-portal", "Our portal")
                .clientId("our-portal-client")
                .clientSecret(SECRET_OF_32)
                .tokenEndpointAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_JWT)
                .redirectUri("https://ci.example.eu/our-portal/callback")
                .redirectUriOnAnyLocalPort("/our-portal/callback")
                .postLogoutRedirectUri("https://ci.example.eu/our-portal/")
                .scopes("openid", "email")
                .claims("https://ecas.ec.europa.eu/claims/groups")
                .idTokenAlgorithm(IdTokenAlgorithm.RS256)
                .level(AuthenticationLevel.MEDIUM);

        RegisteredService read = readByTheIdp(portal);

        assertThat(read.level()).isEqualTo(AuthenticationLevel.MEDIUM);
        assertThat(read.urls()).as("no CAS address").isEmpty();
        OidcClient client = read.oidc();
        assertThat(client.clientId()).isEqualTo("our-portal-client");
        assertThat(client.clientSecret()).isEqualTo(SECRET_OF_32);
        assertThat(client.authMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_JWT);
        assertThat(client.allowsRedirectTo("https://ci.example.eu/our-portal/callback")).isTrue();
        assertThat(client.allowsRedirectTo("https://ci.example.eu/our-portal/callback/other")).as("exact").isFalse();
        assertThat(client.allowsPostLogoutRedirectTo("https://ci.example.eu/our-portal/")).isTrue();
        assertThat(client.scopes()).containsExactly("openid", "email");
        assertThat(client.claims()).containsExactly("https://ecas.ec.europa.eu/claims/groups");
        assertThat(client.idTokenAlgorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void a_redirect_uri_on_any_local_port_is_that_path_on_localhost_or_127_0_0_1_and_no_other() throws IOException {
        LabService app = LabService.named("app", "App").clientId("app").clientSecret("secret")
                .redirectUriOnAnyLocalPort("oidc/callback")
                .postLogoutRedirectUriOnAnyLocalPort("/");

        OidcClient client = readByTheIdp(app).oidc();

        assertThat(client.authMethod()).as("the default").isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(client.allowsRedirectTo("http://localhost:41234/oidc/callback")).isTrue();
        assertThat(client.allowsRedirectTo("http://127.0.0.1:8080/oidc/callback")).isTrue();
        assertThat(client.allowsRedirectTo("http://127.0.0.1:8080/oidc/callback/")).isFalse();
        assertThat(client.allowsRedirectTo("http://127.0.0.1:8080/oidc/callback?next=/x")).isFalse();
        assertThat(client.allowsRedirectTo("http://localhost.evil.eu:8080/oidc/callback")).isFalse();
        assertThat(client.allowsRedirectTo("https://localhost:8080/oidc/callback")).isFalse();
        assertThat(client.allowsPostLogoutRedirectTo("http://localhost:41234/")).isTrue();
        assertThat(client.allowsPostLogoutRedirectTo("http://localhost:41234/x")).isFalse();
    }

    @Test
    void a_private_key_jwt_client_registers_only_the_public_half_of_its_keys() throws Exception {
        RSAKey pair = new RSAKeyGenerator(2048).keyID("k1").generate();
        LabService app = LabService.named("app", "App").clientId("app")
                .tokenEndpointAuthMethod(TokenEndpointAuthMethod.PRIVATE_KEY_JWT)
                .clientKeys(new JWKSet(pair))
                .redirectUri("http://127.0.0.1:8080/callback");

        OidcClient client = readByTheIdp(app).oidc();

        assertThat(client.authMethod()).isEqualTo(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        assertThat(client.jwks().getKeys()).singleElement()
                .satisfies(key -> assertThat(key.isPrivate()).isFalse())
                .satisfies(key -> assertThat(key.getKeyID()).isEqualTo("k1"));
        assertThat(client.clientSecret()).isNull();
    }

    @Test
    void a_service_can_be_both_a_cas_service_and_an_openid_connect_client() throws IOException {
        LabService both = LabService.named("both", "Both").onAnyLocalPort("/both")
                .clientId("both").clientSecret("secret").redirectUri("http://127.0.0.1:8080/both/callback");

        RegisteredService read = readByTheIdp(both);

        assertThat(read.matches("http://127.0.0.1:9999/both/home")).isTrue();
        assertThat(read.oidc().clientId()).isEqualTo("both");
    }

    @Test
    void an_openid_connect_client_without_a_redirect_uri_is_refused_by_the_extensions_builder() {
        LabService noRedirect = LabService.named("our-portal", "Our portal").clientId("our-portal").clientSecret("s");

        assertThatThrownBy(() -> EuLoginLabExtension.newInstance().service(noRedirect))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The service our-portal has no redirect URI: give it redirectUri (an exact address) "
                        + "or redirectUriOnAnyLocalPort");
    }

    @Test
    void what_only_the_whole_registry_shows_is_refused_when_the_extension_is_built_in_the_idps_words() {
        LabService passwordOnly = LabService.named("payments", "Payments").onAnyLocalPort("/payments")
                .level(AuthenticationLevel.MEDIUM).methods(Strength.PASSWORD);
        assertThatThrownBy(() -> EuLoginLabExtension.newInstance().service(passwordOnly).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("service 'payments'").hasMessageContaining("none of its methods reaches its level MEDIUM");

        LabService portal = LabService.named("portal", "Portal").onAnyLocalPort("/portal");
        LabService again = LabService.named("portal", "Portal again").onAnyLocalPort("/portal2");
        assertThatThrownBy(() -> EuLoginLabExtension.newInstance().service(portal).service(again).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the id 'portal' is used twice");
    }

    @Test
    void a_client_secret_jwt_secret_shorter_than_32_characters_is_refused() {
        LabService shortSecret = client().tokenEndpointAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_JWT)
                .clientSecret(SECRET_OF_32.substring(1));

        assertThatThrownBy(shortSecret::entry)
                .hasMessage("The service our-portal with client_secret_jwt the clientSecret needs at least 32 "
                        + "characters (HS256 takes a 256-bit key)");
        assertThat(client().tokenEndpointAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_JWT).clientSecret(SECRET_OF_32)
                .entry()).containsEntry("clientSecret", SECRET_OF_32);
    }

    @Test
    void the_secret_and_the_keys_each_go_with_their_own_methods_only() throws JOSEException {
        JWKSet keys = new JWKSet(new RSAKeyGenerator(2048).generate());

        assertThatThrownBy(() -> LabService.named("our-portal", "Our portal").clientId("c")
                .redirectUri("http://127.0.0.1:8080/cb").entry())
                .hasMessage("The service our-portal needs a clientSecret with client_secret_basic");
        assertThatThrownBy(() -> client().clientSecret("s").clientKeys(keys).entry())
                .hasMessage("The service our-portal clientKeys are for private_key_jwt, not client_secret_basic; remove them");
        assertThatThrownBy(() -> client().clientSecret("s").tokenEndpointAuthMethod(TokenEndpointAuthMethod.PRIVATE_KEY_JWT)
                .entry())
                .hasMessage("The service our-portal a clientSecret is not used with private_key_jwt; remove it");
        assertThatThrownBy(() -> LabService.named("our-portal", "Our portal").clientId("c")
                .tokenEndpointAuthMethod(TokenEndpointAuthMethod.PRIVATE_KEY_JWT)
                .redirectUri("http://127.0.0.1:8080/cb").entry())
                .hasMessage("The service our-portal needs clientKeys (public ones) with private_key_jwt");
    }

    @Test
    void scopes_without_openid_are_refused() {
        assertThatThrownBy(() -> client().clientSecret("s").scopes("email", "profile").entry())
                .hasMessage("The service our-portal its scopes must include openid, not only [email, profile]");
    }

    @Test
    void an_exact_redirect_uri_that_is_not_an_absolute_address_without_a_fragment_is_refused_at_once() {
        assertThatThrownBy(() -> client().redirectUri("/callback"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The service our-portal: an exact address must be an absolute http(s) address");
        assertThatThrownBy(() -> client().postLogoutRedirectUri("https://ci.example.eu/#done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a fragment");
        assertThatThrownBy(() -> client().redirectUriRegex("^http://(localhost:[0-9]+/cb$"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The service our-portal: not a regular expression (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void openid_connect_settings_without_a_client_id_are_refused() {
        assertThatThrownBy(() -> LabService.named("our-app", "Our application").onAnyLocalPort("/our-app")
                .redirectUri("http://127.0.0.1:8080/cb").entry())
                .hasMessage("The service our-app has OpenID Connect settings but no clientId; give it one");
        assertThatThrownBy(() -> LabService.named("our-app", "Our application").entry())
                .hasMessageStartingWith("The service our-app claims no address and has no clientId");
    }

    private static LabService client() {
        return LabService.named("our-portal", "Our portal").clientId("our-portal")
                .redirectUri("http://127.0.0.1:8080/callback");
    }

    /** The entry written as the extension writes it, then read by the IdP's registry, which is the judge. */
    private RegisteredService readByTheIdp(LabService service) throws IOException {
        Path file = dir.resolve("services.yaml");
        new YAMLMapper().writeValue(file.toFile(), Map.of("services", List.of(service.entry())));
        return ServiceRegistry.load(file).all().get(0);
    }
}
