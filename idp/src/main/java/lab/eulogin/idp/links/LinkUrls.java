package lab.eulogin.idp.links;

/** Where an e-mailed token leads; the web layer knows the address the IdP is reached at. */
public interface LinkUrls {
    String newPasswordUrl(String uid, String token);

    String confirmEmailUrl(String token);
}
