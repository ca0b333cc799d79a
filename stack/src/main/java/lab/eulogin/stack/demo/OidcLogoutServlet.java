package lab.eulogin.stack.demo;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.nimbusds.oauth2.sdk.id.State;

/**
 * "Logout" of an OpenID Connect application: ends its own session, then EU Login's single sign-on
 * through the end-session endpoint, which sends the browser back to the application's public page
 * (its registered post-logout address). The state it carries there lets that page say so.
 */
final class OidcLogoutServlet extends HttpServlet {
    /** The state of the end-session request under way, kept in the new session until the browser is back. */
    static final String LOGGING_OUT = "lab.demo.oidc.logging-out";

    private final transient AppPages pages;
    private final transient OidcRelyingParty relyingParty;
    private final String baseUrl;

    OidcLogoutServlet(AppPages pages, OidcRelyingParty relyingParty, String baseUrl) {
        this.pages = pages;
        this.relyingParty = relyingParty;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedIn signedIn = SignedIn.of(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (signedIn == null) {
            response.sendRedirect(pages.app().home());
            return;
        }
        State state = new State();
        try {
            URI endSession = relyingParty.logoutRequest(signedIn.idToken(), URI.create(baseUrl + pages.app().home()), state);
            request.getSession(true).setAttribute(LOGGING_OUT, state.getValue());
            response.sendRedirect(endSession.toString());
        } catch (OidcRelyingParty.Refused e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    /** Whether the browser is back from the end-session request this session made; said once. */
    static boolean backFromLogout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        if (session == null || state == null || !state.equals(session.getAttribute(LOGGING_OUT))) {
            return false;
        }
        session.removeAttribute(LOGGING_OUT);
        return true;
    }
}
