package lab.eulogin.idp.services;

import com.nimbusds.jose.JWSAlgorithm;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceRegistryTest {
    private static ServiceRegistry parse(String yaml) {
        return ServiceRegistry.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }

    /** The client {@code rp} with these addresses (YAML fields indented as in a service entry). */
    private static OidcClient client(String addresses) {
        return parse("services:\n  - id: rp\n    name: RP\n    clientId: rp\n    clientSecret: s\n" + addresses)
                .byClientId("rp").orElseThrow().oidc();
    }

    @Test
    void the_lab_registry_lists_the_demo_services_with_their_rules() {
        ServiceRegistry registry = ServiceRegistry.load(null);
        assertThat(registry.all()).extracting(RegisteredService::name).containsExactly("My Remote", "My IntraComm",
                "MyPMO", "SYSPER Post Activity", "Staff Matters & Staff Contact", "JSIS Online",
                "Legal & Financial Information", "EURES portal", "EUShare");
        assertThat(registry.find("http://localhost:7300/jsis/").orElseThrow().alwaysAskAgain()).isTrue();
        assertThat(registry.find("http://localhost:7300/myremote/").orElseThrow().alwaysAskAgain()).isFalse();
        RegisteredService eures = registry.find("http://127.0.0.1:7300/eures/portal?lang=fr").orElseThrow();
        assertThat(eures.level()).isEqualTo(AuthenticationLevel.MEDIUM);
        assertThat(eures.methods()).containsExactly(Strength.PASSWORD_SMS, Strength.PASSWORD_MOBILE_APP,
                Strength.PASSWORD_SOFTWARE_TOKEN);
        assertThat(registry.find("http://localhost:7300/unknown/")).isEmpty();
        assertThat(registry.find("http://evil.example.org/myremote/")).isEmpty();
    }

    @Test
    void the_commissions_applications_for_retirees_need_a_second_factor() {
        ServiceRegistry registry = ServiceRegistry.load(null);
        for (String id : new String[] {"my-remote", "my-intracomm", "mypmo", "sysper-post-activity", "staff-matters",
                "jsis-online", "legal-financial-information"}) {
            RegisteredService service = registry.byId(id).orElseThrow();
            assertThat(service.level()).as(id).isEqualTo(AuthenticationLevel.MEDIUM);
            assertThat(service.methodsReaching(AuthenticationLevel.MEDIUM, LocalDate.of(2025, 7, 1))).as(id)
                    .containsExactly(Strength.PASSWORD_MOBILE_APP, Strength.PASSWORD_SOFTWARE_TOKEN,
                            Strength.PASSWORD_WEBAUTHN);
        }
    }

    @Test
    void sms_is_refused_after_the_service_date_only() {
        RegisteredService myRemote = ServiceRegistry.load(null).byId("my-remote").orElseThrow();
        assertThat(myRemote.methodsOn(LocalDate.of(2025, 6, 30))).contains(Strength.PASSWORD_SMS);
        assertThat(myRemote.methodsOn(LocalDate.of(2025, 7, 1))).doesNotContain(Strength.PASSWORD_SMS)
                .contains(Strength.PASSWORD, Strength.PASSWORD_MOBILE_APP);
        RegisteredService eures = ServiceRegistry.load(null).byId("eures").orElseThrow();
        assertThat(eures.methodsOn(LocalDate.of(2030, 1, 1))).contains(Strength.PASSWORD_SMS);
    }

    @Test
    void only_methods_reaching_the_level_count() {
        RegisteredService myRemote = ServiceRegistry.load(null).byId("my-remote").orElseThrow();
        assertThat(myRemote.methodsReaching(AuthenticationLevel.MEDIUM, LocalDate.of(2025, 1, 1)))
                .containsExactly(Strength.PASSWORD_SMS, Strength.PASSWORD_MOBILE_APP, Strength.PASSWORD_SOFTWARE_TOKEN,
                        Strength.PASSWORD_WEBAUTHN);
    }

    @Test
    void the_eures_portal_offers_only_the_phone_and_the_app_as_its_faq_says() {
        RegisteredService eures = ServiceRegistry.load(null).byId("eures").orElseThrow();
        assertThat(eures.methodsOn(LocalDate.of(2030, 1, 1))).doesNotContain(Strength.PASSWORD_WEBAUTHN);
    }

    @Test
    void a_prefix_matches_what_starts_with_it_and_must_name_a_path() {
        ServiceRegistry registry = parse("""
                services:
                  - id: app
                    name: The App
                    urls: [{prefix: "https://app.example.eu/app/"}]
                """);
        assertThat(registry.find("https://app.example.eu/app/page?x=1")).isPresent();
        assertThat(registry.find("https://app.example.eu/apple")).isEmpty();
        assertThat(registry.find("https://app.example.eu/app/\nX")).isEmpty();
        assertThat(registry.find("https://app.example.eu/app/ é")).isEmpty();
        assertThatThrownBy(() -> parse("""
                services:
                  - id: app
                    name: The App
                    urls: [{prefix: "https://app.example.eu"}]
                """)).isInstanceOf(ServiceRegistryException.class).hasMessageContaining("with a path");
    }

    @Test
    void the_first_service_in_file_order_wins() {
        ServiceRegistry registry = parse("""
                services:
                  - id: narrow
                    name: Narrow
                    urls: [{prefix: "https://x.eu/a/b/"}]
                  - id: wide
                    name: Wide
                    urls: [{regex: "^https://x\\\\.eu/.*$"}]
                """);
        assertThat(registry.find("https://x.eu/a/b/c").orElseThrow().id()).isEqualTo("narrow");
        assertThat(registry.find("https://x.eu/a/c").orElseThrow().id()).isEqualTo("wide");
    }

    @Test
    void mistakes_in_the_file_are_refused_with_where_they_are() {
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: [{prefix: 'https://a.eu/'}]\n    colour: red\n"))
                .isInstanceOf(ServiceRegistryException.class)
                .hasMessageContaining("unknown field 'services[0].colour'; the fields there are [")
                .hasMessageNotContaining("lab.eulogin");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: [A]\n"))
                .hasMessageContaining("'services[0].name' must be a single value").hasMessageNotContaining("java.");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: {prefix: 'https://a.eu/'}\n"))
                .hasMessageContaining("'services[0].urls' must be a list");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: 'A\n")).hasMessageContaining("line 3: not valid YAML").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: [{prefix: 'https://a.eu/'}]\n"
                + "  - id: a\n    name: B\n    urls: [{prefix: 'https://b.eu/'}]\n"))
                .hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: [{regex: '('}]\n"))
                .hasMessageContaining("service 'a'").hasMessageContaining("bad regex");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: [{prefix: 'https://a.eu/'}]\n"
                + "    level: MEDIUM\n    methods: [PASSWORD]\n"))
                .hasMessageContaining("none of its methods reaches its level MEDIUM");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: [{prefix: 'https://a.eu/'}]\n"
                + "    methods: [CARRIER_PIGEON]\n"))
                .hasMessageContaining("unknown method CARRIER_PIGEON");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    urls: [{prefix: 'https://a.eu/'}]\n"))
                .hasMessageContaining("no name");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: [{prefix: 'https://a.eu/'}]\n"
                + "    smsRefusedAfter: June\n"))
                .hasMessageContaining("smsRefusedAfter");
        assertThatThrownBy(() -> parse("services: []\n")).hasMessageContaining("no services");
    }

    @Test
    void the_lab_registry_has_eushare_as_an_openid_connect_client_that_cas_never_matches() {
        ServiceRegistry registry = ServiceRegistry.load(null);
        OidcClient eushare = registry.byClientId("eushare").orElseThrow().oidc();
        assertThat(eushare.idTokenAlgorithm()).isEqualTo(JWSAlgorithm.PS512);
        assertThat(eushare.allowsRedirectTo("http://localhost:7300/eushare/callback")).isTrue();
        assertThat(eushare.allowsRedirectTo("http://localhost:7300/eushare/callback?x=1")).isFalse();
        assertThat(eushare.allowsRedirectTo("http://evil.example.org/eushare/callback")).isFalse();
        assertThat(eushare.allowsPostLogoutRedirectTo("http://localhost:7300/eushare/")).isTrue();
        assertThat(registry.find("http://localhost:7300/eushare/callback")).as("no CAS urls").isEmpty();
        assertThat(registry.byClientId("my-remote")).as("a CAS service is no client").isEmpty();
    }

    @Test
    void mistakes_in_an_openid_connect_entry_are_refused_in_one_line_naming_it() {
        String start = "services:\n  - id: rp\n    name: RP\n    clientId: rp\n";
        String redirect = "    redirectUris: [{prefix: 'https://rp.eu/cb'}]\n";
        assertThatThrownBy(() -> parse(start + redirect))
                .isInstanceOf(ServiceRegistryException.class)
                .hasMessageContaining("service 'rp'").hasMessageContaining("clientSecret is needed");
        assertThatThrownBy(() -> parse(start + "    clientSecret: s\n"))
                .hasMessageContaining("service 'rp'").hasMessageContaining("no redirectUris");
        assertThatThrownBy(() -> parse(start + "    clientSecret: s\n    tokenEndpointAuthMethod: none\n" + redirect))
                .hasMessageContaining("tokenEndpointAuthMethod must be one of");
        assertThatThrownBy(() -> parse(start + "    clientSecret: short\n    tokenEndpointAuthMethod: client_secret_jwt\n"
                + redirect)).hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> parse(start + "    tokenEndpointAuthMethod: private_key_jwt\n" + redirect))
                .hasMessageContaining("jwks");
        assertThatThrownBy(() -> parse(start + "    tokenEndpointAuthMethod: private_key_jwt\n    clientSecret: s\n"
                + redirect)).hasMessageContaining("clientSecret is not used with private_key_jwt");
        assertThatThrownBy(() -> parse(start + "    tokenEndpointAuthMethod: private_key_jwt\n"
                + "    jwks: {keys: [{kty: oct, k: c2VjcmV0}]}\n" + redirect))
                .hasMessageContaining("only those");
        assertThatThrownBy(() -> parse(start + "    clientSecret: s\n    idTokenSignedResponseAlg: none\n" + redirect))
                .hasMessageContaining("idTokenSignedResponseAlg must be one of");
        assertThatThrownBy(() -> parse(start + "    clientSecret: s\n    scopes: [email]\n" + redirect))
                .hasMessageContaining("scopes must include openid");
        assertThatThrownBy(() -> parse(start + "    clientSecret: s\n" + redirect
                + "  - id: rp2\n    name: RP2\n    clientId: rp\n    clientSecret: s\n" + redirect))
                .hasMessageContaining("service 'rp2'").hasMessageContaining("clientId 'rp' is used twice");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n"))
                .hasMessageContaining("no urls (CAS) and no clientId (OpenID Connect)");
    }

    @Test
    void a_plain_redirect_uri_is_that_exact_address_and_nothing_near_it() {
        OidcClient rp = client("""
                    redirectUris:
                      - https://app.example.eu/callback
                      - exact: https://app.example.eu/callback?from=mobile
                    postLogoutRedirectUris:
                      - https://app.example.eu/
                """);
        assertThat(rp.allowsRedirectTo("https://app.example.eu/callback")).isTrue();
        assertThat(rp.allowsRedirectTo("https://app.example.eu/callback?from=mobile")).isTrue();
        for (String near : List.of("https://app.example.eu/callback/", "https://app.example.eu/callback?x=1",
                "https://app.example.eu/callbackx", "https://app.example.eu/Callback", "https://APP.example.eu/callback",
                "https://app.example.eu:443/callback", "http://app.example.eu/callback",
                "https://app.example.eu/callback#x", "https://app.example.eu/callback?from=mobile&x=1")) {
            assertThat(rp.allowsRedirectTo(near)).as(near).isFalse();
        }
        assertThat(rp.allowsPostLogoutRedirectTo("https://app.example.eu/")).isTrue();
        assertThat(rp.allowsPostLogoutRedirectTo("https://app.example.eu/x")).isFalse();
    }

    @Test
    void prefix_and_regex_redirect_uris_still_work_beside_exact_ones() {
        OidcClient rp = client("""
                    redirectUris:
                      - https://app.example.eu/callback
                      - prefix: https://app.example.eu/cb/
                      - regex: '^http://localhost:[0-9]+/callback$'
                """);
        assertThat(rp.allowsRedirectTo("https://app.example.eu/cb/any")).isTrue();
        assertThat(rp.allowsRedirectTo("http://localhost:8080/callback")).isTrue();
        assertThat(rp.allowsRedirectTo("https://app.example.eu/callback")).isTrue();
    }

    @Test
    void an_exact_address_must_be_an_absolute_http_address_without_a_fragment() {
        String start = "services:\n  - id: rp\n    name: RP\n    clientId: rp\n    clientSecret: s\n";
        for (String bad : List.of("/callback", "app.example.eu/callback", "ftp://app.example.eu/cb",
                "https://app.example.eu/cb#top", "'https://app.example.eu/a b'", "https:///cb", "'https://app.example.eu/é'",
                "'https://app.example.eu/cb#'")) {
            assertThatThrownBy(() -> parse(start + "    redirectUris:\n      - " + bad + "\n")).as(bad)
                    .isInstanceOf(ServiceRegistryException.class)
                    .hasMessageContaining("service 'rp': ")
                    .hasMessageContaining("an exact address must be an absolute http(s) address without a fragment")
                    .hasMessageNotContaining("\n");
            assertThatThrownBy(() -> parse(start + "    redirectUris: [https://rp.eu/cb]\n"
                    + "    postLogoutRedirectUris:\n      - exact: " + bad + "\n")).as(bad)
                    .hasMessageContaining("an exact address must be");
        }
        assertThatThrownBy(() -> parse(start + "    redirectUris:\n      - {exact: 'https://rp.eu/cb', regex: '.*'}\n"))
                .hasMessageContaining("service 'rp': ").hasMessageContaining("one of exact, prefix or regex");
        assertThatThrownBy(() -> parse("services:\n  - id: a\n    name: A\n    urls: ['https://a.eu/app/']\n"))
                .hasMessageContaining("service 'a': ")
                .hasMessageContaining("urls take a prefix or a regex");
    }

    @Test
    void a_registry_file_is_read_from_its_path(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("services.yaml");
        Files.writeString(file, """
                services:
                  - id: ci-app
                    name: Our CI application
                    urls: [{prefix: "http://localhost:8080/app/"}]
                    level: MEDIUM
                    methods: [PASSWORD_MOBILE_APP]
                    alwaysAskAgain: true
                """);
        RegisteredService app = ServiceRegistry.load(file).find("http://localhost:8080/app/x").orElseThrow();
        assertThat(app.name()).isEqualTo("Our CI application");
        assertThat(app.alwaysAskAgain()).isTrue();
        assertThat(app.smsRefusedAfter()).isNull();
        assertThatThrownBy(() -> ServiceRegistry.load(dir.resolve("missing.yaml")))
                .isInstanceOf(ServiceRegistryException.class).hasMessageContaining("missing.yaml");
    }

    @Test
    void the_labs_own_registry_is_the_idps_even_when_an_applications_services_yaml_comes_first(@TempDir Path dir)
            throws Exception {
        Path application = Files.createDirectories(dir.resolve("app-test-classes"));
        Files.writeString(application.resolve("services.yaml"), "services: []\n");
        Path idpFolder = Files.createDirectories(dir.resolve("idp-classes"));
        Files.writeString(idpFolder.resolve("services.yaml"), "services: []\n");
        Path idpJar = dir.resolve("idp.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(idpJar))) {
            jar.putNextEntry(new JarEntry("services.yaml"));
            jar.write("services: []\n".getBytes(StandardCharsets.UTF_8));
        }

        try (URLClassLoader folders = new URLClassLoader(new URL[] {application.toUri().toURL(), idpFolder.toUri().toURL()}, null);
             URLClassLoader jars = new URLClassLoader(new URL[] {application.toUri().toURL(), idpJar.toUri().toURL()}, null)) {
            assertThat(ServiceRegistry.labsOwn(folders, idpFolder.toUri().toURL()))
                    .isEqualTo(idpFolder.resolve("services.yaml").toUri().toURL());
            assertThat(ServiceRegistry.labsOwn(jars, idpJar.toUri().toURL()).toString())
                    .isEqualTo("jar:" + idpJar.toUri().toURL() + "!/services.yaml");
            assertThat(ServiceRegistry.labsOwn(folders, null)).as("where the IdP is not known, the first")
                    .isEqualTo(application.resolve("services.yaml").toUri().toURL());
        }
    }
}
