package lab.eulogin.stack.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apereo.cas.client.util.AbstractCasFilter;
import org.apereo.cas.client.validation.Assertion;

/**
 * The pages of one demo application, behind its sign-in (the Apereo CAS client's filters, or
 * the OpenID Connect relying party's): its home with what EU Login sent (every application), the
 * menu of My Remote (FAQ SIGN-09), the public welcome pages of EURES, whose password links lead
 * to EU Login (ACC-15), and of EUShare, a page of EUShare that needs a second factor, and a page
 * that fails after sign-in with the application's own error (SIGN-11). Anything else is the
 * application's "not found".
 */
final class AppServlet extends HttpServlet {
    /** Set on the request before {@code sendError}: what went wrong, for the application's error page. */
    static final String FAILURE = "lab.demo.failure";
    /** EUShare's page that needs a second factor. */
    static final String SHARE = "/files/share";

    private final transient AppPages pages;
    private final transient Function<HttpServletRequest, ReceivedAttributes> received;

    /** @param received what EU Login sent for this request's sign-in; null when it is not signed in */
    AppServlet(AppPages pages, Function<HttpServletRequest, ReceivedAttributes> received) {
        this.pages = pages;
        this.received = received;
    }

    /** What a CAS application's client kept of the ticket's validation. */
    static ReceivedAttributes fromCas(HttpServletRequest request) {
        Assertion assertion = assertion(request);
        return assertion == null ? null : ReceivedAttributes.of(assertion);
    }

    /** What an OpenID Connect application's relying party kept of the ID token. */
    static ReceivedAttributes fromOpenIdConnect(HttpServletRequest request) {
        SignedIn signedIn = SignedIn.of(request);
        return signedIn == null ? null : signedIn.received();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoApp app = pages.app();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String folder = path.endsWith("/") ? path : path + "/";
        if (folder.equals("/")) {
            if (app.wholeAppProtected()) {
                home(request, response, Map.of());
            } else {
                welcome(request, response);
            }
        } else if ((app.path() + folder).equals(app.signedInHome())) {
            home(request, response, Map.of());
        } else if (app == DemoApp.EUSHARE && path.equals(SHARE)) {
            home(request, response, Map.of("share", true));
        } else if (app == DemoApp.EURES && path.equals("/password")) {
            // The portal's old password page: there is no EURES password any more, only EU Login's (FAQ ACC-15).
            response.sendRedirect(pages.idpUrl() + "/cas/init/passwordResetRequest.cgi");
        } else if (app.failing().filter(failing -> failing.path().equals(path)).isPresent()) {
            request.setAttribute(FAILURE, app.failingPage().label());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The signed-in page: a greeting, the application's own links, and what EU Login sent. */
    private void home(HttpServletRequest request, HttpServletResponse response, Map<String, Object> extra)
            throws IOException {
        ReceivedAttributes signedIn = received.apply(request);
        if (signedIn == null) {
            // Only reachable if the sign-in filter were not in front of this page.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("received", signedIn);
        if (pages.app() == DemoApp.MY_REMOTE) {
            model.put("menu", DemoApp.MY_REMOTE_MENU);
            model.put("elsewhere", DemoApp.EUSHARE);
        }
        if (DemoApp.MY_REMOTE_MENU.contains(pages.app())) {
            model.put("myRemote", DemoApp.MY_REMOTE);
        }
        if (pages.app() == DemoApp.EUSHARE) {
            model.put("elsewhere", DemoApp.MY_REMOTE);
        }
        pages.render(response, HttpServletResponse.SC_OK, "service", model);
    }

    /**
     * The public page of an application signed in only in part: EURES's (a password that is EU
     * Login's, FAQ ACC-15), EUShare's (where its logout comes back to).
     */
    private void welcome(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", received.apply(request) != null);
        model.put("signedOut", pages.app().signsInWithOpenIdConnect() && OidcLogoutServlet.backFromLogout(request));
        pages.render(response, HttpServletResponse.SC_OK, pages.app().id() + "-welcome", model);
    }

    private static Assertion assertion(HttpServletRequest request) {
        Object onRequest = request.getAttribute(AbstractCasFilter.CONST_CAS_ASSERTION);
        if (onRequest instanceof Assertion assertion) {
            return assertion;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(AbstractCasFilter.CONST_CAS_ASSERTION) instanceof Assertion a
                ? a : null;
    }
}
