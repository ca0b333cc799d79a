package org.example.casapp;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apereo.cas.client.util.AbstractCasFilter;
import org.apereo.cas.client.validation.Assertion;

/** The area's page for the person signed in: who EU Login says they are, and how they signed in. */
final class SignedInServlet extends HttpServlet {
    private final transient Area area;
    private final transient Pages pages;

    SignedInServlet(Area area, Pages pages) {
        this.area = area;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Assertion assertion = (Assertion) request.getSession().getAttribute(AbstractCasFilter.CONST_CAS_ASSERTION);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (assertion == null) {
            // The validation filter refused the ticket (e.g. no second factor for the payments).
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write(pages.refused(area));
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("user", assertion.getPrincipal().getName());
        assertion.getPrincipal().getAttributes().forEach((name, value) -> attributes.put(name, text(value)));
        response.getWriter().write(pages.signedIn(area, attributes));
    }

    private static String text(Object value) {
        return value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
    }
}
