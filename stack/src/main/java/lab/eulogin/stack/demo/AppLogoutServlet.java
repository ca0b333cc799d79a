package lab.eulogin.stack.demo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * "Logout": ends the application's own session, then EU Login's, as a CAS application does.
 * EURES asks EU Login to send the browser back to its public page (a registered address);
 * the others leave the browser on EU Login's "You have logged out of EU Login".
 */
final class AppLogoutServlet extends HttpServlet {
    private final transient AppPages pages;
    private final String baseUrl;

    AppLogoutServlet(AppPages pages, String baseUrl) {
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String logout = pages.idpUrl() + "/cas/logout";
        if (!pages.app().wholeAppProtected()) {
            logout += "?service=" + URLEncoder.encode(baseUrl + pages.app().home(), StandardCharsets.UTF_8);
        }
        response.sendRedirect(logout);
    }
}
