package lab.eulogin.stack.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apereo.cas.client.util.AbstractCasFilter;
import org.apereo.cas.client.validation.Assertion;

/**
 * The pages of one demo application, behind the Apereo CAS client's filters: its home with what
 * EU Login sent (every application), the menu of My Remote (FAQ SIGN-09), the public welcome page
 * of EURES whose password links lead to EU Login (ACC-15), and a page that fails after sign-in
 * with the application's own error (SIGN-11). Anything else is the application's "not found".
 */
final class AppServlet extends HttpServlet {
    /** Set on the request before {@code sendError}: what went wrong, for the application's error page. */
    static final String FAILURE = "lab.demo.failure";

    private final transient AppPages pages;

    AppServlet(AppPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoApp app = pages.app();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String folder = path.endsWith("/") ? path : path + "/";
        if (folder.equals("/")) {
            if (app.wholeAppProtected()) {
                home(request, response);
            } else {
                welcome(request, response);
            }
        } else if ((app.path() + folder).equals(app.signedInHome())) {
            home(request, response);
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
    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Assertion assertion = assertion(request);
        if (assertion == null) {
            // Only reachable if the CAS client were not in front of this page.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("received", ReceivedAttributes.of(assertion));
        if (pages.app() == DemoApp.MY_REMOTE) {
            model.put("menu", DemoApp.MY_REMOTE_MENU);
        }
        if (DemoApp.MY_REMOTE_MENU.contains(pages.app())) {
            model.put("myRemote", DemoApp.MY_REMOTE);
        }
        pages.render(response, HttpServletResponse.SC_OK, "service", model);
    }

    /** EURES's public page: sign in, and a password that is EU Login's (FAQ ACC-15). */
    private void welcome(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", assertion(request) != null);
        pages.render(response, HttpServletResponse.SC_OK, "eures-welcome", model);
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
