package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.id.Issuer;
import lab.eulogin.idp.http.Paths;

import java.net.URI;
import java.util.function.Supplier;

/** The issuer and endpoint addresses, from the IdP's public address (known once the port is bound). */
final class OidcUrls {
    private final Supplier<String> base;

    OidcUrls(Supplier<String> base) {
        this.base = base;
    }

    Issuer issuer() {
        return new Issuer(base.get() + Paths.OIDC_ISSUER);
    }

    URI of(String path) {
        return URI.create(base.get() + path);
    }
}
