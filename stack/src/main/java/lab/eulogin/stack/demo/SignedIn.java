package lab.eulogin.stack.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * An OpenID Connect application's sign-in, kept in its session: what the ID token said, the ID
 * token itself (the hint of the end-session request) and the assurance it carried.
 *
 * @param received what EU Login sent, as the application's pages show it
 * @param idToken  the ID token as received
 * @param acr      its {@code acr} claim; null when it had none
 */
record SignedIn(ReceivedAttributes received, String idToken, String acr) {
    private static final String KEY = "lab.demo.oidc.signed-in";

    /** The sign-in of this request's session; null when it is not signed in. */
    static SignedIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEY) instanceof SignedIn signedIn ? signedIn : null;
    }

    /** Keeps it in the session, under a new session id: the one from before the sign-in is not reused. */
    void keepIn(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(KEY, this);
    }
}
