package lab.eulogin.idp.links;

/** Where an e-mailed token leads; the web layer knows the address the IdP is reached at. */
@FunctionalInterface
public interface LinkUrls {
    String newPasswordUrl(String uid, String token);
}
