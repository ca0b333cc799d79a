package lab.eulogin.stack.demo;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First in front of every demo application: a request whose address or form cannot be read (a
 * broken percent escape such as {@code %zz}) is answered 400, on the application's error page. The
 * CAS client reads the {@code ticket} parameter first thing, and Undertow failing there was a 500.
 */
final class UnreadableRequestFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
