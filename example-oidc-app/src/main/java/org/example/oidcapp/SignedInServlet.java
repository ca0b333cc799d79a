package org.example.oidcapp;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The area's page for the person signed in (its filter let them through): the ID token's claims. */
final class SignedInServlet extends HttpServlet {
    private final transient Area area;
    private final transient Pages pages;

    SignedInServlet(Area area, Pages pages) {
        this.area = area;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(pages.signedIn(area, SignInSession.signedIn(request)));
    }
}
