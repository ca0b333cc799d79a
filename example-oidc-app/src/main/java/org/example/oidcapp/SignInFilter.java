package org.example.oidcapp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of an area: lets through a person signed in at the level the area needs, and sends
 * anyone else to EU Login. A person signed in to the portal with a password who opens the payments
 * is sent again, asking for MEDIUM: EU Login's single sign-on then asks only for the second factor.
 */
final class SignInFilter extends HttpFilter {
    private final transient Area area;
    private final transient RelyingParty relyingParty;

    SignInFilter(Area area, RelyingParty relyingParty) {
        this.area = area;
        this.relyingParty = relyingParty;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignIn signedIn = SignInSession.signedIn(request);
        if (signedIn != null && signedIn.level().atLeast(area.level())) {
            chain.doFilter(request, response);
            return;
        }
        RelyingParty.Pending pending = relyingParty.begin(area);
        SignInSession.startPending(request, pending);
        response.sendRedirect(relyingParty.authorizationRequest(pending).toString());
    }
}
