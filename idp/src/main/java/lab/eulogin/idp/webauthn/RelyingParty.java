package lab.eulogin.idp.webauthn;

import java.net.URI;

/**
 * Who the browser's authenticator signs for: the RP id is the IdP's public host, the origin its
 * public address. Both come from the address browsers use, so an IdP behind another host name
 * needs only its public URL set.
 */
public record RelyingParty(String id, String origin, String name) {
    static final String NAME = "EU Login";

    /** From the IdP's public address, such as {@code http://localhost:7000}. */
    public static RelyingParty of(String publicUrl) {
        URI uri = URI.create(publicUrl);
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return new RelyingParty(uri.getHost(), origin, NAME);
    }
}
