package lab.eulogin.stack.demo;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An application's own error page, plainly the application's and not EU Login's: after a
 * successful sign-in, what happens is the application's doing (FAQ SIGN-11). It says so, with
 * what the application's helpdesk needs: the address, the time and a reference. A ticket the
 * CAS client could not validate is the application's error page too, saying what EU Login answered.
 */
final class AppErrorServlet extends HttpServlet {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss");

    private final transient AppPages pages;

    AppErrorServlet(AppPages pages) {
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("kind", switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST -> "bad-request";
            case HttpServletResponse.SC_NOT_FOUND -> "not-found";
            case HttpServletResponse.SC_FORBIDDEN -> "sign-in-not-confirmed";
            default -> "failed";
        });
        model.put("failure", request.getAttribute(AppServlet.FAILURE));
        model.put("detail", message == null ? "" : message.toString());
        // The whole address, as the browser shows it: the application's, not EU Login's.
        model.put("address", request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + (uri == null ? request.getRequestURI() : uri.toString()));
        model.put("time", LocalDateTime.now().format(TIME));
        model.put("reference", pages.app().id().toUpperCase().replace("-", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        pages.render(response, status, "app-error", model);
    }
}
